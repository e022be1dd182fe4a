"""The demo's legal pages (`data/legal.yaml`): legal notice, terms of sale, privacy policy.

Models to adapt, each opening with a notice that says so. Idempotent like the rest of the
seed: a page is looked up by its kind under the French home, and a translation that exists
is left as it is, so re-running never overwrites what the organiser has adapted. The
English and Japanese versions are translations made by the translation service, from the
entry's `en:` / `ja:` (the same blocks, in the same order, as the French).
"""

from collections.abc import Callable

from wagtail.models import Locale, Site

from exhibition.models import LegalPage
from exhibition.translation.services import translation_apply

from .builders import has_language, in_language
from .content import load
from .localize import languages

TRANSLATED = ("title", "slug", "body")


def seed_legal(*, report: Callable[[str], object] = lambda line: None) -> int:
    """Creates the pages and translations that are missing; returns how many."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return 0
    report("Pages légales (modèles à adapter)")
    home = site.root_page
    created = 0
    for entry in load("legal"):
        page = LegalPage.objects.child_of(home).filter(kind=entry["kind"]).first()
        if page is None:
            page = LegalPage(kind=entry["kind"], **legal_fields(entry))
            home.add_child(instance=page)
            page.save_revision().publish()
            created += 1
        for code in languages():
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None or not has_language(entry, code) or page.has_translation(locale):
                continue
            fields = legal_fields(in_language(entry, code))
            result = translation_apply(
                source=page, locale=locale, fields={name: fields[name] for name in TRANSLATED}
            )
            created += int(result.target_created)
    return created


def legal_fields(data) -> dict:
    return {
        "title": data["title"],
        "slug": data["slug"],
        "version": str(data["version"]),
        "last_updated": data["last_updated"],
        "body": [_block(block) for block in data["body"]],
    }


def _block(data: dict) -> tuple:
    """One entry of `body` as a block of `LegalBodyBlock`; its texts are trusted HTML."""
    (kind, value), *rest = data.items()
    if rest:
        raise ValueError(f"One block per entry: {list(data)}")
    if kind == "notice":
        return ("notice", {"text": _paragraphs(value)})
    if kind == "article":
        return ("paragraph", f"<h2>{value['title']}</h2>" + _content(value["content"]))
    if kind == "form":
        return ("form", {"title": value["title"], "text": _paragraphs(value["lines"])})
    raise ValueError(f"Unknown block «{kind}»")


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _content(items: list) -> str:
    html = []
    for item in items:
        if isinstance(item, str):
            html.append(f"<p>{item}</p>")
        elif list(item) == ["ul"]:
            html.append("<ul>" + "".join(f"<li>{text}</li>" for text in item["ul"]) + "</ul>")
        else:
            raise ValueError(f"A paragraph or a list (ul:), not {item!r}")
    return "".join(html)
