"""For the data migrations that make a child model translatable (`TranslatableMixin` on
an object's gallery images, an edition's parts): fills `locale` and `translation_key` of
the existing rows. Uses the migration's historical models only.

Each child takes its page's locale; a translation's child shares the translation_key of
the source's child at the same position, so the texts already written on the translation
stay attached to it. Children beyond the source's count get their own key
(wagtail-localize drops them at the next synchronisation, as it drops any child the
source no longer has)."""

import uuid
from collections import defaultdict

from django.conf import settings


def fill_child_translation_keys(apps, app_label: str, model_name: str) -> None:
    Child = apps.get_model(app_label, model_name)
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    by_page = defaultdict(list)
    for child in Child.objects.order_by("sort_order", "pk"):
        by_page[child.page_id].append(child)
    pages = Page.objects.filter(pk__in=by_page).values("pk", "locale_id", "translation_key")
    groups = defaultdict(list)
    for page in pages:
        groups[page["translation_key"]].append(page)
    changed, used = [], set()
    for group in groups.values():
        # The source: the page in the default language, else the oldest one.
        group.sort(key=lambda page: (page["locale_id"] != getattr(default, "pk", None), page["pk"]))
        keys = [uuid.uuid4() for _child in by_page[group[0]["pk"]]]
        for page in group:
            for position, child in enumerate(by_page[page["pk"]]):
                key = keys[position] if position < len(keys) else uuid.uuid4()
                if (key, page["locale_id"]) in used:
                    # Two pages of one group in one language (never in a healthy tree).
                    key = uuid.uuid4()
                used.add((key, page["locale_id"]))
                child.locale_id, child.translation_key = page["locale_id"], key
                changed.append(child)
    Child.objects.bulk_update(changed, ["locale", "translation_key"], batch_size=500)
