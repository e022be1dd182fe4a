"""Purchase traffic for the crowd bench: sales at a set rate while wrk loads the site.

    python bench/crowd_sales.py --rate 1 --duration 20 --out FILE [--via localstripe|stock]

Run by bench/crowd.py with the bench's environment. It prints «prêt» once Django is set
up, then sells for `--duration` seconds, one sale every 1/rate seconds, each through the
shop's services as a checkout does:

- `localstripe` (default): `order_create` (stock reserved), `order_start_payment`, the test
  card confirmed (`order_confirm_with_test_card`), `order_settle` (the order paid), against
  the localstripe whose address STRIPE_API_BASE gives;
- `stock`: `order_create` then `order_cancel`: two stock movements, no payment provider.

Each sale takes one piece of an object drawn at random (seeded) among those on sale. When
the time is up, the pieces sold are put back on the shelf (one update per object, after
the measurement), so the catalogue never runs dry however often the bench runs. FILE gets
the sales made, those that failed, and the rate achieved: a sale slower than 1/rate
lowers it, and the report says so.
"""

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TEST_CARD = "4242424242424242"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, required=True, help="ventes par seconde")
    parser.add_argument("--duration", type=float, required=True, help="secondes")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--via", choices=["localstripe", "stock"], default="localstripe")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)

    import django

    django.setup()
    seller = Seller(via=args.via, rng=random.Random(args.seed))
    print("prêt", flush=True)
    result = seller.sell(rate=args.rate, duration=args.duration)
    seller.restock()
    args.out.write_text(json.dumps(result))


class Seller:
    def __init__(self, *, via, rng):
        from wagtail.models import Locale, Site

        from catalogue.models import CraftObjectPage
        from shop.models import ShopSettings
        from shop.services.orders import Customer

        self.via = via
        self.rng = rng
        self.sold = Counter()
        self.shop_settings = ShopSettings.for_site(Site.objects.get(is_default_site=True))
        self.customer = Customer(email="banc@example.org", first_name="Banc", last_name="De mesure")
        # Objects that can go into a cart now, with at least two pieces: one is sold, and
        # the page still says «en stock», as most sales leave it.
        self.candidates = list(
            CraftObjectPage.objects.available()
            .filter(locale=Locale.get_default(), stock__gte=2)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if not self.candidates:
            sys.exit("Aucun objet en vente avec du stock : rien à vendre.")

    def sell(self, *, rate, duration):
        started = time.monotonic()
        made, failed, seconds = 0, Counter(), []
        number = 0
        while True:
            due = started + number / rate
            now = time.monotonic()
            if due >= started + duration or now >= started + duration:
                break
            if due > now:
                time.sleep(due - now)
            number += 1
            begun = time.monotonic()
            try:
                self.sell_one(self.rng.choice(self.candidates))
                made += 1
            except Exception as error:  # noqa: BLE001 - counted and reported, never fatal
                failed[type(error).__name__] += 1
            seconds.append(time.monotonic() - begun)
        elapsed = time.monotonic() - started
        seconds.sort()
        return {
            "via": self.via,
            "rate_asked": rate,
            "sales": made,
            "failed": dict(failed),
            "elapsed_s": round(elapsed, 2),
            "rate_achieved": round(made / elapsed, 2) if elapsed else 0,
            "sale_ms_p50": round(seconds[len(seconds) // 2] * 1000, 1) if seconds else None,
        }

    def sell_one(self, pk):
        from catalogue.models import CraftObjectPage
        from shop.cart import CartLine
        from shop.services import orders, payments

        product = CraftObjectPage.objects.get(pk=pk)
        order = orders.order_create(
            lines=[CartLine(product, 1)],
            customer=self.customer,
            delivery="pickup",
            shop_settings=self.shop_settings,
        )
        if self.via == "stock":
            orders.order_cancel(order=order, reason="Banc de mesure")
            return
        payments.order_start_payment(order=order)
        intent = payments.order_confirm_with_test_card(order=order, card_number=TEST_CARD)
        order = payments.order_settle(order=order, intent=intent)
        if order.paid_at is None:
            raise RuntimeError(f"commande {order.number} non payée : {intent.status}")
        self.sold[pk] += 1

    def restock(self):
        """Put the pieces sold back: the next phase and the next run find the same stock."""
        from django.db import transaction
        from django.db.models import F

        from catalogue.models import CraftObjectPage

        for pk, pieces in sorted(self.sold.items()):
            with transaction.atomic():
                CraftObjectPage.objects.filter(pk=pk).update(stock=F("stock") + pieces)
                CraftObjectPage.objects.mirror_commerce_to_translations(pk)


if __name__ == "__main__":
    main()
