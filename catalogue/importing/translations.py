"""The spreadsheet's language columns (`titre_en`, `resume_ja`…) become linked translations.

After a row's French object is created or updated, each language with at least one filled
cell gets its translation written through the translation service
(`exhibition.translation.services`): the strings a translator would type in the
translation editor, then the English or Japanese page rebuilt from them. A blank cell says
nothing: the translation keeps what it has, and a part never translated shows as such in
the translation editor and in the page's translation status.

The description's three cells are built into a StreamField by the same code as the French
(`description.py`), so its paragraphs and its «Tradition et modernité» block line up with
the French ones, segment by segment.
"""

from dataclasses import dataclass

from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from catalogue.blocks import StoryBlock
from exhibition.translation.services import TranslationError, translation_apply

from .description import KEYS, description_cells, description_stream
from .validation import cell_error, row_error

TEXT_FIELDS = {
    "titre": "title",
    "resume": "summary",
    "description_recherche": "search_description",
    "finition": "finish",
    "entretien": "care",
    "accord_mets": "food_pairing",
}


@dataclass
class LanguageChanges:
    """Strings of one language an import created or changed (would, in a dry run)."""

    created: int = 0
    changed: int = 0


class TranslationFailed(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


def row_translations(*, row, source, user, publish: bool, dry_run: bool):
    """`source` is the row's French object (in a dry run, as it would be saved).

    Returns {language: LanguageChanges}; raises TranslationFailed with the row's errors."""
    changes = {}
    for language, cells in row.translations.items():
        target = _existing(source, language)
        try:
            fields = language_fields(source, cells, language, target, line=row.line)
            result = translation_apply(
                source=source,
                locale=language,
                fields=fields,
                user=user,
                publish=publish,
                dry_run=dry_run,
            )
        except TranslationError as error:
            raise TranslationFailed([row_error(row.line, f"{language} : {error}")]) from error
        counted = {name: outcome for name, outcome in result.fields.items() if name not in NEUTRAL}
        changes[language] = LanguageChanges(
            created=sum(outcome.created for outcome in counted.values()),
            changed=sum(outcome.changed for outcome in counted.values()),
        )
    return changes


# Fields that read the same in every language: given as the French so that the
# translation is complete, never counted as translated strings. (The Japanese name is a
# field wagtail-localize synchronises: every language version has the French page's.)
NEUTRAL = {"slug"}
CJK_START = 0x2E80  # CJK radicals, kana, kanji, full-width forms and beyond


def language_fields(source, cells: dict, language: str, target, *, line: int) -> dict:
    fields = {TEXT_FIELDS[key]: value for key, value in cells.items() if key in TEXT_FIELDS}
    if any(key in cells for key in KEYS):
        current = description_cells(target.description if target else source.description)
        wanted = {key: cells.get(key, current[key]) for key in KEYS}
        fields["description"] = _description(wanted, source.description, language)
    if "mots_cles" in cells:
        fields["tags"] = cells["mots_cles"]
    if "textes_alternatifs" in cells:
        count = source.gallery_images.count() if source.pk else len(cells["textes_alternatifs"])
        if len(cells["textes_alternatifs"]) != count:
            raise TranslationFailed(
                [
                    cell_error(
                        line,
                        f"textes_alternatifs_{language}",
                        _("%(images)s image(s) mais %(alts)s texte(s) alternatif(s).")
                        % {"images": count, "alts": len(cells["textes_alternatifs"])},
                    )
                ]
            )
        fields["gallery_images"] = [{"alt_text": alt} for alt in cells["textes_alternatifs"]]
    if target is None:
        # A new translation's address: its title when in Latin script, else the French
        # one (a Japanese title would leave only its digits: /ja/…/5/).
        title = cells.get("titre", "")
        latin = title and not any(ord(char) >= CJK_START for char in title)
        fields["slug"] = (slugify(title)[:80] if latin else "") or source.slug
    return fields


def _description(cells, french_stream, language):
    stream = description_stream(cells, french_stream)
    for block in stream:
        if block.block_type == "story":
            with translation.override(language):
                block.value["title"] = str(StoryBlock().child_blocks["title"].meta.default)
    return stream


def _existing(source, language):
    if source.pk is None:
        return None
    return (
        type(source)
        .objects.filter(translation_key=source.translation_key, locale__language_code=language)
        .first()
    )
