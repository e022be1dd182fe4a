"""Linked translations, written from code: the import's language columns and the demo.

`translation_apply` makes a page or a translatable snippet of the French site the source of
a real wagtail-localize translation (a `TranslationSource`, a `Translation` per language)
and records the given texts as that translation's strings (`StringTranslation`), exactly
what a translator typing in the translation editor leaves behind. The target is then
rebuilt from the strings, as wagtail-localize's own «save» does, so the translation editor,
the out-of-date status (`selectors.translation_status`) and the site agree.

How the given texts meet the segments: wagtail-localize cuts the source into segments,
each with a context path (`title`, `introduction`, `sights.<block id>.text`…). The texts
are set on a copy of the source and cut the same way; plain fields match by path, rich text
and StreamFields segment by segment in order. So a StreamField or a rich text built by the
same code as the French, from the translated data, lines up with the French one.

Synchronised fields (choices, URLs, foreign keys to pages) are wagtail-localize's
«overridable segments»: a value given for one is stored as a `SegmentOverride`, and a
foreign key to a page points at that page's translation when there is one.

Child objects are given as a list of dicts, one per French child in order
(`{"gallery_images": [{"alt_text": …, "caption": …}, …]}`). Translatable children (an
object's gallery, an edition's parts: `TranslatableMixin` models) are segments of the page,
`<relation>.<child translation_key>.<field>`: their texts are stored as strings like any
other, so the translation editor shows them and its saves keep them. Other child objects,
copied from the French by wagtail-localize at each save, and an object's keywords (kept by
each language version, see `CraftObjectPage.override_translatable_fields`) are written on
the target after wagtail-localize has built it.
"""

import copy
import json
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    String,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue, validate_translation_links

from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.managers import TaggableManager
from wagtail.coreutils import find_available_slug
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin


class TranslationError(ValueError):
    """The texts given cannot become a translation of this source; the message says why,
    and `field` names the field at fault when there is one."""

    def __init__(self, message, field: str | None = None):
        super().__init__(message)
        self.field = field


class Change(StrEnum):
    CREATED = "created"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"  # the French field is empty: nothing to translate


@dataclass
class FieldResult:
    status: Change
    created: int = 0  # strings (segments) translated for the first time
    changed: int = 0
    unchanged: int = 0


@dataclass
class TranslationResult:
    locale: Locale
    dry_run: bool
    target: models.Model | None = None
    target_created: bool = False
    fields: dict[str, FieldResult] = field(default_factory=dict)
    # Links to pages now pointing at their translation (not texts: not in `fields`).
    links_changed: bool = False

    @property
    def strings_created(self) -> int:
        return sum(result.created for result in self.fields.values())

    @property
    def strings_changed(self) -> int:
        return sum(result.changed for result in self.fields.values())

    @property
    def has_changes(self) -> bool:
        return (
            self.target_created
            or self.links_changed
            or any(
                result.status in (Change.CREATED, Change.CHANGED) for result in self.fields.values()
            )
        )


@dataclass
class _Item:
    """One segment of the source and what the caller wants it to say."""

    field: str
    path: str
    source: str
    text: str
    override: bool = False
    counted: bool = True  # False: a link to a page, set by the service itself


def translation_apply(
    *, source, locale, fields: dict, user=None, publish: bool = True, dry_run: bool = False
) -> TranslationResult:
    """Make `source`'s translation into `locale` say `fields` (field name → translated value:
    text, rich text HTML, a StreamField value, or a list of dicts for a child relation).

    Empty values are not translations and are left out. Idempotent: the same texts again
    change nothing (no new revision). A dry run computes the same result and writes nothing.
    Raises TranslationError for a source outside the default locale, a field that is not
    translatable, or a rich text or StreamField whose segments don't line up with the French.
    """
    if isinstance(source, Page):
        source = source.specific
    default = Locale.get_default()
    if not isinstance(locale, Locale):
        locale = Locale.objects.get(language_code=locale)
    if source.locale_id != default.pk:
        raise TranslationError(
            _("« %(source)s » n’est pas en %(language)s : seule la version source se traduit.")
            % {"source": source, "language": default.get_display_name()}
        )
    if locale.pk == default.pk:
        raise TranslationError(_("Une traduction se fait dans une autre langue que la source."))
    values = {name: value for name, value in fields.items() if value not in (None, "", [], ())}
    children = {
        name: values.pop(name)
        for name in list(values)
        if (_is_child_relation(source, name) and not _is_translatable_relation(source, name))
        or _is_tags(source, name)
    }
    target = _target(source, locale)
    result = TranslationResult(locale=locale, dry_run=dry_run, target=target)
    result.target_created = target is None
    links = _page_links(source, locale, exclude=values)
    items = _items(source, values | links, result, links)
    _compare(source, locale, items, result)
    for name, rows in children.items():
        result.fields[name] = _compare_children(target, name, rows)
    if dry_run or not (result.has_changes or _relations_stale(target, locale)):
        return result
    with transaction.atomic():
        result.target = _write(source, locale, items, children, user=user, publish=publish)
    return result


# What to translate


def _is_child_relation(instance, name) -> bool:
    try:
        relation = instance._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return isinstance(relation, models.ManyToOneRel) and isinstance(
        relation.remote_field, ParentalKey
    )


def _is_translatable_relation(instance, name) -> bool:
    return _is_child_relation(instance, name) and issubclass(
        instance._meta.get_field(name).related_model, TranslatableMixin
    )


def _is_tags(instance, name) -> bool:
    try:
        return isinstance(instance._meta.get_field(name), TaggableManager)
    except FieldDoesNotExist:
        return False


def _target(source, locale):
    return (
        type(source)
        ._default_manager.filter(translation_key=source.translation_key, locale=locale)
        .first()
    )


def _segments(instance, names) -> dict[str, list]:
    found = {name: [] for name in names}
    for segment in extract_segments(instance):
        name = segment.path.split(".", 1)[0]
        if name in found and isinstance(segment, StringSegmentValue | OverridableSegmentValue):
            found[name].append(segment)
    return found


def _page_links(source, locale, *, exclude) -> dict:
    """Foreign keys to pages (synchronised by wagtail-localize, so the French page's),
    pointed at the page's translation when there is one, as a stored override."""
    links = {}
    for model_field in source._meta.concrete_fields:
        if (
            isinstance(model_field, models.ForeignKey)
            and issubclass(model_field.related_model, Page)
            and model_field.name not in exclude
            and getattr(source, model_field.attname) is not None
        ):
            page = getattr(source, model_field.name)
            translated = _translation_of(page, locale)
            if translated.pk != page.pk:
                links[model_field.name] = translated
    return links


def _items(source, values, result, links) -> list[_Item]:
    relations = {name for name in values if _is_translatable_relation(source, name)}
    items = []
    for name in relations:
        if getattr(source, name).exists():
            items += _child_items(source, name, values[name], _segments(source, [name])[name])
        else:
            result.fields[name] = FieldResult(Change.SKIPPED)
    values = {name: value for name, value in values.items() if name not in relations}
    shadow = copy.copy(source)
    for name, value in values.items():
        try:
            source._meta.get_field(name)
        except FieldDoesNotExist as error:
            raise TranslationError(
                _("« %(field)s » n’est pas un champ de %(model)s.")
                % {"field": name, "model": source._meta.verbose_name}
            ) from error
        setattr(shadow, name, value)
        if isinstance(source._meta.get_field(name), StreamField):
            for block in getattr(shadow, name):
                # Blocks built from data have no id yet; segments' paths need one.
                block.id = block.id or str(uuid.uuid4())
    french = _segments(source, values)
    translated = _segments(shadow, values)
    for name in values:
        if not french[name]:
            if name not in links:
                result.fields[name] = FieldResult(Change.SKIPPED)
            continue
        if len(french[name]) != len(translated[name]):
            raise TranslationError(
                _(
                    "« %(field)s » : la traduction compte %(given)s segment(s) et le texte "
                    "français %(expected)s ; leurs paragraphes ou blocs doivent se suivre "
                    "dans le même ordre."
                )
                % {"field": name, "given": len(translated[name]), "expected": len(french[name])},
                field=name,
            )
        for before, after in zip(french[name], translated[name], strict=True):
            override = isinstance(before, OverridableSegmentValue)
            if override != isinstance(after, OverridableSegmentValue):
                raise TranslationError(_("« %(field)s » ne se traduit pas.") % {"field": name})
            if not override and before.path != name and before.string.data == after.string.data:
                # A paragraph or block left in French (one the data does not translate)
                # is not a translation: it stays untranslated, for the editor to show.
                continue
            items.append(
                _Item(
                    name,
                    before.path,
                    json.dumps(before.data) if override else before.string.data,
                    json.dumps(after.data) if override else after.string.data,
                    override,
                    counted=name not in links,
                )
            )
    return items


def _child_items(source, name, rows, segments) -> list[_Item]:
    """The texts of translatable children, one dict per French child in order, as the
    segments wagtail-localize extracts for them (`<relation>.<translation_key>.<field>`)."""
    french = list(getattr(source, name).all())
    if len(rows) != len(french):
        raise TranslationError(
            _("« %(field)s » : %(given)s traduction(s) pour %(expected)s élément(s) français.")
            % {"field": name, "given": len(rows), "expected": len(french)},
            field=name,
        )
    by_path = {segment.path: segment for segment in segments}
    items = []
    for row, child in zip(rows, french, strict=True):
        for key, text in row.items():
            if not text:
                continue
            segment = by_path.get(f"{name}.{child.translation_key}.{key}")
            if segment is None or isinstance(segment, OverridableSegmentValue):
                if getattr(child, key, None) in (None, ""):
                    continue  # nothing in French to translate
                raise TranslationError(
                    _("« %(field)s » ne se traduit pas.") % {"field": f"{name}.{key}"}, field=name
                )
            translated = StringValue.from_plaintext(text).data
            items.append(_Item(name, segment.path, segment.string.data, translated))
    return items


def _compare(source, locale, items, result):
    """Each item is created, changed or unchanged against what is stored for `locale`."""
    stored = {
        (row["context__path"], str(row["translation_of__data_hash"])): row["data"]
        for row in StringTranslation.objects.filter(
            locale=locale, context__object_id=source.translation_key
        ).values("context__path", "translation_of__data_hash", "data")
    }
    overrides = dict(
        SegmentOverride.objects.filter(
            locale=locale, context__object_id=source.translation_key
        ).values_list("context__path", "data_json")
    )
    for item in items:
        if item.override:
            before = overrides.get(item.path)
        else:
            before = stored.get((item.path, str(String._get_data_hash(item.source))))
        if not item.counted:
            result.links_changed |= before != item.text
            continue
        outcome = result.fields.setdefault(item.field, FieldResult(Change.UNCHANGED))
        if before is None:
            outcome.created += 1
        elif before != item.text:
            outcome.changed += 1
        else:
            outcome.unchanged += 1
    for outcome in result.fields.values():
        if outcome.status is Change.SKIPPED:
            continue
        if outcome.created and not (outcome.changed or outcome.unchanged):
            outcome.status = Change.CREATED
        elif outcome.created or outcome.changed:
            outcome.status = Change.CHANGED


def _compare_children(target, name, rows) -> FieldResult:
    """Child texts (one dict per child, in order) or tags, against the target's."""
    if target is None:
        return FieldResult(Change.CREATED, created=len(rows))
    if _is_tags(target, name):
        same = set(rows) == {tag.name for tag in target.tags.all()}
        return FieldResult(
            Change.UNCHANGED if same else Change.CHANGED,
            changed=0 if same else 1,
            unchanged=1 if same else 0,
        )
    outcome = FieldResult(Change.UNCHANGED)
    for row, child in zip(rows, getattr(target, name).all(), strict=False):
        if any(getattr(child, key) != value for key, value in row.items() if value):
            outcome.changed += 1
        else:
            outcome.unchanged += 1
    if outcome.changed:
        outcome.status = Change.CHANGED
    return outcome


# Writing


def _write(source, locale, items, children, *, user, publish):
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    Translation.objects.get_or_create(source=translation_source, target_locale=locale)
    _store(translation_source, locale, items, user)
    draftable = isinstance(source, Page | DraftStateMixin)
    existing = _target(source, locale)
    if existing is None or not draftable:
        # wagtail-localize's own save (Translation.save_target), as a draft for pages: it
        # publishes on commit, which the import's savepoints and the tests never reach.
        target, _created = translation_source.create_or_update_translation(
            locale, user=user, publish=not draftable, fallback=True, copy_parent_pages=True
        )
    else:
        # The live page changes only by publishing a revision: an unpublished translation
        # leaves what visitors see as it was.
        target = translation_source.get_ephemeral_translated_instance(locale, fallback=True)
        if isinstance(target, Page):
            # As wagtail-localize's save does: a slug its siblings don't have.
            target.slug = find_available_slug(
                target.get_parent(), slugify(target.slug), ignore_page_id=target.pk
            )
    _apply_children(target, children)
    _localize_relations(target, locale)
    if draftable:
        revision = target.save_revision(user=user, log_action=True)
        TranslationLog.objects.create(source=translation_source, locale=locale, revision=revision)
        if publish:
            revision.publish(user=user)
    elif children:
        target.save()
    return target


def _store(translation_source, locale, items, user):
    """The strings and overrides of `items`, in a few queries (a demo writes thousands)."""
    segments = {
        (segment.context.path, segment.string.data): segment
        for segment in StringSegment.objects.filter(source=translation_source).select_related(
            "context", "string"
        )
    }
    overridable = {
        segment.context.path: segment
        for segment in OverridableSegment.objects.filter(source=translation_source).select_related(
            "context"
        )
    }
    strings = [(item, segments[(item.path, item.source)]) for item in items if not item.override]
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale=locale, context_id__in=[segment.context_id for _item, segment in strings]
        )
    }
    new = []
    for item, segment in strings:
        row = existing.get((segment.string_id, segment.context_id))
        if row is None:
            new.append(
                StringTranslation(
                    translation_of_id=segment.string_id,
                    locale=locale,
                    context_id=segment.context_id,
                    data=item.text,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                    last_translated_by=user,
                    has_error=not _valid(segment.string.data, item.text),
                )
            )
        elif row.data != item.text or row.has_error:
            # save() checks the HTML and the links, and dates the Translation.
            row.data, row.last_translated_by = item.text, user
            row.has_error, row.field_error = False, ""
            row.save()
    if new:
        StringTranslation.objects.bulk_create(new)
        Translation.objects.filter(source=translation_source, target_locale=locale).update(
            translations_last_updated_at=timezone.now()
        )
    for item in items:
        if item.override:
            SegmentOverride.objects.update_or_create(
                locale=locale,
                context_id=overridable[item.path].context_id,
                defaults={"data_json": item.text, "last_translated_by": user, "has_error": False},
            )


def _valid(source: str, text: str) -> bool:
    """What StringTranslation.save() checks, for the rows created in bulk without it."""
    try:
        StringValue.from_translated_html(text)
        validate_translation_links(source, text)
    except ValueError:
        return False
    return True


def _apply_children(target, children):
    for name, rows in children.items():
        if _is_tags(target, name):
            _set_tags(target, name, rows)
            continue
        current = list(getattr(target, name).all())
        for row, child in zip(rows, current, strict=False):
            for key, value in row.items():
                if value:
                    setattr(child, key, value)
        setattr(target, name, current)


def _set_tags(target, name, names):
    """Tags through their child relation: on a copy wagtail-localize has just synchronised,
    the tag manager's own `set` leaves the copied rows in place."""
    manager = getattr(target, name)
    tags = manager._to_tag_model_instances(names, {})
    relation = manager.through._meta.get_field("content_object").remote_field.related_name
    setattr(target, relation, [manager.through(tag=tag) for tag in tags])


def _translation_of(obj, locale):
    if obj is None or not isinstance(obj, TranslatableMixin) or obj.locale_id == locale.pk:
        return obj
    model = type(obj)._default_manager.model
    found = model._default_manager.filter(
        translation_key=obj.translation_key, locale=locale
    ).first()
    return found or obj


def _stale_relations(obj, locale):
    """(field name, its value in `locale`) for the relations of `obj` that point at another
    language: foreign keys to pages (wagtail-localize keeps the source's), many-to-many
    (it ignores them) and the foreign keys of child objects that it copies as they are."""
    for model_field in obj._meta.get_fields():
        if isinstance(model_field, ParentalManyToManyField) and issubclass(
            model_field.related_model, TranslatableMixin
        ):
            current = list(getattr(obj, model_field.name).all())
            wanted = [_translation_of(item, locale) for item in current]
            if [item.pk for item in wanted] != [item.pk for item in current]:
                yield model_field.name, wanted
        elif (
            isinstance(model_field, models.ForeignKey)
            and not isinstance(model_field, ParentalKey)
            and model_field.name not in ("locale", "alias_of")
            and issubclass(model_field.related_model, TranslatableMixin)
            and getattr(obj, model_field.attname) is not None
        ):
            current = getattr(obj, model_field.name)
            wanted = _translation_of(current, locale)
            if wanted.pk != current.pk:
                yield model_field.name, wanted


def _relations_stale(target, locale) -> bool:
    if target is None:
        return False
    if any(True for _relation in _stale_relations(target, locale)):
        return True
    return any(
        any(True for _relation in _stale_relations(child, locale))
        for name in _child_relation_names(target)
        for child in getattr(target, name).all()
    )


def _child_relation_names(obj):
    return [
        relation.name
        for relation in obj._meta.get_fields()
        if isinstance(relation, models.ManyToOneRel)
        and isinstance(relation.remote_field, ParentalKey)
        and not issubclass(relation.related_model, TranslatableMixin)
        and relation.name != "comments"
    ]


def _localize_relations(target, locale):
    for name, wanted in list(_stale_relations(target, locale)):
        setattr(target, name, wanted)
    for name in _child_relation_names(target):
        children = list(getattr(target, name).all())
        for child in children:
            for field_name, wanted in list(_stale_relations(child, locale)):
                setattr(child, field_name, wanted)
        setattr(target, name, children)


# Existing translations


def translation_keep_child_texts(source) -> int:
    """The texts the translations of `source` show in their translatable children (alt
    texts, captions, parts) become their strings where none is stored yet, so that the
    next save from the translation editor keeps them. For translations written before
    these children were translatable (their texts were then set on the page after
    wagtail-localize's sync); no revision is made, what visitors see does not change.
    Returns the number of strings stored."""
    if isinstance(source, Page):
        source = source.specific
    relations = [
        relation.name
        for relation in source._meta.get_fields()
        if isinstance(relation, models.ManyToOneRel)
        and _is_translatable_relation(source, relation.name)
    ]
    if not relations:
        return 0
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    stored = 0
    for translation in Translation.objects.filter(source=translation_source).select_related(
        "target_locale"
    ):
        locale = translation.target_locale
        target = _target(source, locale)
        if target is None:
            continue
        fields = {name: _child_rows(source, target, name) for name in relations}
        result = TranslationResult(locale=locale, dry_run=False, target=target)
        items = [item for item in _items(source, fields, result, {}) if item.text != item.source]
        known = {
            (path, str(data_hash))
            for path, data_hash in StringTranslation.objects.filter(
                locale=locale, context__object_id=source.translation_key
            ).values_list("context__path", "translation_of__data_hash")
        }
        missing = [
            item
            for item in items
            if (item.path, str(String._get_data_hash(item.source))) not in known
        ]
        _store(translation_source, locale, missing, None)
        stored += len(missing)
    return stored


def _child_rows(source, target, name) -> list[dict]:
    """The target's texts, one dict per French child in order (its child with the same
    translation_key; an empty dict where it has none)."""
    theirs = {child.translation_key: child for child in getattr(target, name).all()}
    model = getattr(source, name).model
    texts = [
        model_field.name
        for model_field in model._meta.concrete_fields
        if isinstance(model_field, models.CharField | models.TextField)
        and not isinstance(model_field, models.URLField | models.EmailField)
        and not model_field.choices
    ]
    rows = []
    for child in getattr(source, name).all():
        other = theirs.get(child.translation_key)
        rows.append({key: getattr(other, key) for key in texts} if other else {})
    return rows
