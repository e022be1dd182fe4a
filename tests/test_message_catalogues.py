"""The French, English and Japanese message catalogues are complete and in use.

scripts/test.sh runs `makemessages` (then scripts/fill_french_catalogue.py) before pytest:
a string added to a template or to the Python code shows up here as an untranslated entry
of the English and Japanese catalogues, and fails these tests until it is translated.
"""

import os
import re
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.core.management import call_command
from django.core.signals import setting_changed

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGES = ["fr", "en", "ja"]
PLURAL_FORMS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "ja": "nplurals=1; plural=0;",
}

# %(name)s, %(count)d, %s (but not a literal %%), {} and {name}.
PRINTF = re.compile(r"%(?:\(\w+\))?[#0+-]?\d*(?:\.\d+)?[sdifrx]|%%")
BRACE = re.compile(r"\{\w*\}")
# Markup that must survive translation; <sup> (French ordinals) may go.
TAG = re.compile(r"</?(?!sup\b)[a-z]+\b[^>]*>")


def catalogue(language):
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


def placeholders(text):
    found = {match for match in PRINTF.findall(text) if match != "%%"}
    return found | set(BRACE.findall(text))


def tags(text):
    return sorted(TAG.findall(text))


def translations(entry):
    if entry.msgid_plural:
        return [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def source_forms(entry):
    return [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]


def describe(entry):
    where = ", ".join(f"{path}:{line}" for path, line in entry.occurrences[:2])
    return f"{entry.msgid!r} ({where})"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_exists_with_plural_forms(language):
    po_file = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    assert po_file.exists(), f"{po_file} manque : lancez « manage.py makemessages -l {language} »."
    po = catalogue(language)
    assert po.metadata.get("Plural-Forms") == PLURAL_FORMS[language]
    assert not po.metadata_is_fuzzy, "L’en-tête du catalogue est encore marqué « fuzzy »."
    assert len(po) > 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated(language):
    po = catalogue(language)
    nplurals = 1 if language == "ja" else 2
    untranslated = []
    for entry in po:
        if entry.obsolete:
            continue
        forms = translations(entry)
        if entry.msgid_plural and len(forms) != nplurals:
            untranslated.append(f"{describe(entry)} : {len(forms)} forme(s) au lieu de {nplurals}")
        elif not all(form.strip() for form in forms):
            untranslated.append(describe(entry))
    assert not untranslated, (
        f"{len(untranslated)} entrée(s) non traduite(s) dans locale/{language} :\n"
        + "\n".join(untranslated)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_fuzzy_entries(language):
    fuzzy = [describe(entry) for entry in catalogue(language) if "fuzzy" in entry.flags]
    assert not fuzzy, f"Entrées « fuzzy » à revoir dans locale/{language} :\n" + "\n".join(fuzzy)


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_markup_are_kept(language):
    problems = []
    for entry in catalogue(language):
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            # A singular may spell out "one" instead of %(count)d; every form keeps the
            # placeholders common to both source forms and invents none.
            singular, plural = placeholders(entry.msgid), placeholders(entry.msgid_plural)
            required, allowed = singular & plural, singular | plural
        else:
            required = allowed = placeholders(entry.msgid)
        for form in translations(entry):
            if not form:
                continue  # reported by test_every_entry_is_translated
            found = placeholders(form)
            if not required <= found <= allowed:
                problems.append(f"{describe(entry)} -> {form!r} : {sorted(found)}")
            if tags(form) != tags(entry.msgid):
                problems.append(f"{describe(entry)} -> {form!r} : balises {tags(form)}")
    assert not problems, "\n".join(problems)


def test_french_mirrors_the_source():
    differing = [
        describe(entry)
        for entry in catalogue("fr")
        if not entry.obsolete and translations(entry) != source_forms(entry)
    ]
    assert not differing, "Le français est la langue source : msgstr = msgid.\n" + "\n".join(
        differing
    )


@pytest.fixture(scope="session")
def compiled_catalogues():
    """Compile the .po files (skipped when the .mo files are newer) and reload them."""
    cwd = os.getcwd()
    os.chdir(LOCALE_DIR)  # compilemessages also walks the working directory for locale/
    try:
        call_command("compilemessages", locale=LANGUAGES, verbosity=0)
    finally:
        os.chdir(cwd)
    # Catalogues already loaded by earlier tests predate the .mo files: drop them.
    setting_changed.send(
        sender=None, setting="LOCALE_PATHS", value=settings.LOCALE_PATHS, enter=True
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path, expected, french",
    [
        ("/en/2021-shoku/catalogue/", ["Filter and sort", "Show objects", "Basket"], "Panier"),
        ("/ja/2021-shoku/catalogue/", ["絞り込みと並べ替え", "作品を表示", "カート"], "Panier"),
        ("/en/boutique/panier/", ["Your basket is empty.", "Discover the catalogue"], "Panier"),
        ("/ja/boutique/panier/", ["カートは空です。", "カタログを見る"], "Panier"),
    ],
)
def test_interface_is_translated(compiled_catalogues, client, path, expected, french):
    response = client.get(path, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    for text in expected:
        assert text in html, f"« {text} » absent de {path}"
    assert f">{french}<" not in html
