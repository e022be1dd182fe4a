"""How craft objects are read: listings with their cards' relations, what is on sale, and
the French page's price and stock copied to its translations."""

from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Q

from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from catalogue.renditions import CARD, cover_prefetch
from core.caching import AVAILABILITY, object_tag, tags_changed
from core.shared_rows import attach_shared_rows
from core.view_restrictions import KnownPrivateSectionsMixin
from exhibition.sales import sales_calendar

from .shows import extra_show_editions

# The shop's fields: the French page's, copied to its translations, never set on them.
COMMERCE_FIELDS = ("price", "stock", "sku", "on_sale")

# What a card shows of the rows an object points to (its collectivité with the picture
# its page's region teaser shows, so that pages and cards share one table in memory).
CARD_RELATIONS = {"collectivite": ("hero_image",), "material": (), "craft": ()}
# And its page: the edition and the artisan too.
PAGE_RELATIONS = {**CARD_RELATIONS, "edition": (), "artisan": ()}


class CraftObjectQuerySet(KnownPrivateSectionsMixin, PageQuerySet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._shared_relations = {}

    def _clone(self):
        clone = super()._clone()
        clone._shared_relations = self._shared_relations
        return clone

    def _fetch_all(self):
        fetched = self._result_cache is None
        super()._fetch_all()
        if fetched and self._shared_relations:
            for row in self._result_cache:
                if isinstance(row, self.model):  # not values() or values_list()
                    attach_shared_rows(row, self._shared_relations)

    def with_shared_rows(self, relations=CARD_RELATIONS):
        """The collectivité, material and craft of each object from memory rather than
        joined: a few dozen rows every card shares, which change only with the site
        (core/shared_rows.py)."""
        clone = self._clone()
        clone._shared_relations = relations
        return clone

    def for_listing(self, sizes=CARD):
        """Everything an object card shows, in a fixed number of queries: its cover in
        the card's sizes (or a cart line's, `CART`: catalogue/renditions.py), not its
        whole gallery."""
        return self.with_shared_rows().prefetch_related(cover_prefetch(sizes))

    def sellable(self, day=None):
        """«En vente», and shown in an edition that sells online on `day` (today by
        default, exhibition/sales.py): its own or one it is also shown in."""
        calendar = sales_calendar(day)
        shown_in_selling = [
            key
            for key, editions in extra_show_editions().items()
            if any(calendar.sells(pk) for pk in editions)
        ]
        # Never an empty IN: the catalogue keys its cached queries on their SQL text,
        # which Django cannot write for a condition that matches nothing (no page id is 0).
        selling = Q(edition_id__in=calendar.selling or [0])
        if shown_in_selling:
            selling |= Q(translation_key__in=shown_in_selling)
        return self.filter(selling, on_sale=True)

    def available(self, day=None):
        """What can be put in the cart: sellable and in stock."""
        return self.sellable(day).filter(stock__gt=0)

    def mirror_commerce_to_translations(self, source_pk: int, stock_change: int | None = None):
        """Give the translations of an object the price and stock of its French page.

        The shop sells and counts the French page only (`shop_item`); its translations
        carry copies so that listings in every language filter and display the same.
        `stock_change`: what a stock movement added (negative when taken); None when
        unknown (a save), which counts as a change of availability.
        """
        source = (
            self.model.objects.filter(pk=source_pk)
            .values("translation_key", *COMMERCE_FIELDS)
            .first()
        )
        if source is None:
            return
        key = source.pop("translation_key")
        self.model.objects.filter(translation_key=key).exclude(pk=source_pk).update(**source)
        # Stock and price show on the object's page and its cards (its tag); a listing of
        # what is available changes only when it goes out of stock or back. After the
        # commit, so that no request renders the old figures into a fresh cache entry.
        stock = source["stock"]
        flipped = stock_change is None or stock == 0 or stock == stock_change
        tags = (object_tag(key), AVAILABILITY) if flipped else (object_tag(key),)
        transaction.on_commit(partial(tags_changed, *tags))

    def commerce_of_source(self, page) -> dict | None:
        """Price, stock, SKU and «en vente» of the French page `page` translates, or None
        when `page` is French itself or has no French page (written directly in English)."""
        if not page.locale_id or page.locale.language_code == settings.LANGUAGE_CODE:
            return None
        return (
            self.model.objects.filter(
                translation_key=page.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
            )
            .exclude(pk=page.pk)
            .values(*COMMERCE_FIELDS)
            .first()
        )


CraftObjectManager = PageManager.from_queryset(CraftObjectQuerySet)
