"""How much of the French content a visitor reads in English and in Japanese.

For every translatable model (each page type, each snippet: anything with Wagtail's
`TranslatableMixin`, found at run time, none named here) and every language other than
French, each visitor-facing text of each live French item is checked in its translation:

- the texts are those wagtail-localize would give a translator (its own list of
  translatable fields, `override_translatable_fields` included, so a field a model lists
  as synchronised, like an object's SKU, is never counted), cut as it cuts them: a
  StreamField block by block, rich text as text; slugs, URLs, e-mail addresses and choices
  are left out, so are empty French texts. Child objects that wagtail-localize copies
  rather than translates (an edition's parts, an object's image captions) are counted too:
  visitors read them;
- a text is translated when the translation exists (live, for a page), the text is not
  empty, wagtail-localize has a translation for each of its segments (when the item is a
  wagtail-localize translation; a segment left untranslated because its French text is a
  name every language keeps is not missing), and it reads as the target language
  (`translated_text_problem`). Texts without a letter (postal codes, years) don't count.
"""

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from wagtail_localize.fields import SynchronizedField
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.fields import RichTextField, StreamField
from wagtail.models import COMMENTS_RELATION_NAME, Locale, Page, TranslatableMixin

from core.language_detection import (
    FR,
    has_japanese,
    latin_language,
    latin_runs,
    latin_words,
    split_sentences,
)
from exhibition.proper_names import is_name_word, is_proper_name, without_proper_names

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
NOT_TEXT = (models.SlugField, models.URLField, models.EmailField)
HAS_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class FieldCheck:
    model: type[models.Model]
    language: str
    source: models.Model
    target: models.Model | None
    field: str  # «summary», «description[2].tradition», «parts[0].title»
    source_text: str
    target_text: str
    problem: str | None  # None: translated

    @property
    def location(self) -> str:
        item = self.target or self.source
        if isinstance(item, Page):
            return item.get_url() or item.url_path
        return f"{self.model._meta.model_name} #{item.pk}"


@dataclass
class Row:
    label: str
    language: str
    total: int = 0
    translated: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def translatable_models() -> list[type[models.Model]]:
    """Every concrete page type and snippet that has translations, the base `Page` aside."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin) and model is not Page and not model._meta.proxy
    ]


def _is_text_field(field) -> bool:
    return (
        isinstance(field, models.CharField | models.TextField | RichTextField | StreamField)
        and not isinstance(field, NOT_TEXT)
        and not getattr(field, "choices", None)
        and field.editable
    )


def _labelled(path: str, ordinals: dict) -> str:
    """`description.<uuid>.tradition` → `description[2].tradition`: block ids differ
    between a French page and a copy, their positions don't."""
    label = []
    for part in path.split("."):
        if UUID.match(part):
            seen = ordinals.setdefault(tuple(label), {})
            label[-1] += f"[{seen.setdefault(part, len(seen))}]"
        else:
            label.append(part)
    return ".".join(label)


def text_units(instance) -> tuple[dict[str, str], dict[str, str]]:
    """The visitor-facing texts of `instance`, by label, and the label of each
    wagtail-localize segment path."""
    model = type(instance)
    texts, labels, ordinals = {}, {}, {}
    for segment in extract_segments(instance):
        if not isinstance(segment, StringSegmentValue):
            continue  # links, images, snippets: synchronised or translated on their own
        try:
            field = model._meta.get_field(segment.path.split(".")[0])
        except FieldDoesNotExist:
            field = None
        if isinstance(field, NOT_TEXT) or getattr(field, "choices", None):
            continue
        label = labels.setdefault(segment.path, _labelled(segment.path, ordinals))
        texts[label] = " ".join(filter(None, [texts.get(label), segment.render_text()]))
    for name, children in _copied_children(instance):
        for index, child in enumerate(children):
            for field in child._meta.get_fields():
                if not getattr(field, "concrete", False) or not _is_text_field(field):
                    continue
                value = field.value_from_object(child)
                text = strip_tags(str(value)) if isinstance(field, RichTextField) else value
                if isinstance(text, str) and text.strip():
                    texts[f"{name}[{index}].{field.name}"] = text
    # Numbers and codes («75015», «2021») have nothing to translate.
    return {label: text for label, text in texts.items() if HAS_LETTER.search(text)}, labels


def _copied_children(instance) -> Iterator[tuple[str, models.QuerySet]]:
    """Child objects wagtail-localize copies instead of translating, unless the model says
    they hold no text to translate (`override_translatable_fields`)."""
    model = type(instance)
    if not issubclass(model, ClusterableModel):
        return
    listed = {
        field.field_name
        for field in getattr(model, "override_translatable_fields", [])
        if isinstance(field, SynchronizedField)
    }
    for relation in get_all_child_relations(model):
        name = relation.get_accessor_name()
        related = relation.related_model
        if (
            name == COMMENTS_RELATION_NAME
            or name in listed
            or issubclass(related, TranslatableMixin)
            or not isinstance(relation.remote_field, ParentalKey)
        ):
            continue
        yield name, getattr(instance, name).all()


def translated_text_problem(source: str, target: str, language: str) -> str | None:
    """Why `target` is not a translation of `source` into `language`; None when it is."""
    source, target = " ".join((source or "").split()), " ".join((target or "").split())
    if not target:
        return _("vide")
    if is_proper_name(target, language):
        return None
    plain = without_proper_names(target)
    sentences = split_sentences(plain)
    if language == "ja":
        if not has_japanese(target):
            return _("pas de japonais")
        for sentence in sentences:
            if (found := latin_language(sentence)) is not None:
                return _("phrase française") if found == FR else _("phrase anglaise")
        for run in latin_runs(plain):
            for word in latin_words(run):
                if not is_name_word(word):
                    return _("mot non japonais « %(word)s »") % {"word": word}
        return None
    names_only = all(is_name_word(word) for word in latin_words(without_proper_names(source)))
    if target == source and not names_only:
        return _("identique au français")
    if has_japanese(target) and not has_japanese(source):
        return _("texte japonais")
    if any(latin_language(sentence) == FR for sentence in sentences):
        return _("phrase française")
    return None


def _untranslated_labels(instance, locale, labels: dict[str, str]) -> set[str]:
    """Labels of the texts wagtail-localize still has untranslated segments for, when
    `instance` has a wagtail-localize translation into `locale`."""
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key,
        locale_id=instance.locale_id,
        translations__target_locale=locale,
    ).first()
    if source is None:
        return set()
    segments = list(
        StringSegment.objects.filter(source=source).values_list("string_id", "context_id")
    )
    done = set(
        StringTranslation.objects.filter(
            locale=locale, translation_of_id__in={string for string, _ in segments}
        ).values_list("translation_of_id", "context_id")
    )
    missing_contexts = {context for string, context in segments if (string, context) not in done}
    paths = TranslationContext.objects.filter(pk__in=missing_contexts).values_list(
        "path", flat=True
    )
    return {labels[path] for path in paths if path in labels}


def _sources(model, default: Locale) -> models.QuerySet:
    items = model.objects.filter(locale=default)
    if issubclass(model, Page):
        items = items.live().filter(content_type=ContentType.objects.get_for_model(model))
    return items.order_by("pk")


def _targets(model, keys, locale) -> dict:
    items = model.objects.filter(locale=locale, translation_key__in=keys)
    return {item.translation_key: item for item in items}


def check_translations(
    languages: list[str] | None = None,
    progress: Callable[[str], None] | None = None,
    models_: list[type[models.Model]] | None = None,
) -> list[FieldCheck]:
    """One `FieldCheck` per French text and language, for every translatable model (or
    those of `models_`)."""
    default = Locale.get_default()
    locales = Locale.objects.exclude(pk=default.pk).order_by("language_code")
    if languages:
        locales = locales.filter(language_code__in=languages)
    checks = []
    for model in models_ or translatable_models():
        sources = list(_sources(model, default))
        keys = [source.translation_key for source in sources]
        targets = {locale: _targets(model, keys, locale) for locale in locales}
        for done, source in enumerate(sources, start=1):
            texts, labels = text_units(source)
            for locale in locales:
                checks += _check_item(model, source, texts, labels, targets[locale], locale)
            if progress and (done % 50 == 0 or done == len(sources)):
                progress(f"{model._meta.label} : {done}/{len(sources)}")
    return checks


def _check_item(model, source, texts, labels, targets, locale) -> list[FieldCheck]:
    language = locale.language_code
    target = targets.get(source.translation_key)
    live = target is not None and getattr(target, "live", True)
    target_texts = text_units(target)[0] if live else {}
    untranslated = _untranslated_labels(source, locale, labels) if live else set()
    checks = []
    for label, text in texts.items():
        if target is None:
            problem = _("traduction absente")
        elif not live:
            problem = _("traduction non publiée")
        elif label in untranslated and translated_text_problem(text, text, language):
            # Untranslated, wagtail-localize shows the French: fine for a name kept as it
            # is («Tsubame-Sanjō», «佐渡島»), missing for anything else.
            problem = _("segment non traduit")
        else:
            problem = translated_text_problem(text, target_texts.get(label, ""), language)
        checks.append(
            FieldCheck(
                model, language, source, target, label, text, target_texts.get(label, ""), problem
            )
        )
    return checks


def coverage_rows(checks: list[FieldCheck]) -> list[Row]:
    """Per model and language, then per language, then all: texts and translated texts."""
    rows, totals = {}, defaultdict(lambda: Row(_("Total"), ""))
    for check in checks:
        key = (check.model._meta.label, check.language)
        label = f"{check.model._meta.verbose_name} ({check.model._meta.label_lower})"
        row = rows.setdefault(key, Row(label, check.language))
        for each in (row, totals[check.language], totals[None]):
            each.total += 1
            each.translated += check.problem is None
    for language, row in totals.items():
        row.language = language or ""
    ordered = [rows[key] for key in sorted(rows)]
    languages = sorted(language for language in totals if language)
    return ordered + [totals[language] for language in languages] + [totals[None]]
