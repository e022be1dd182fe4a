"""What the fuzz tests share: a probe that sends one hostile request and checks the
answer, a snapshot of the rows that bad input must never write, and the tally printed at
the end of the run ("endpoint: N inputs, 0 server errors, 0 unintended writes")."""

from collections import Counter, defaultdict
from dataclasses import dataclass

import pytest

from django.contrib.sessions.models import Session
from django.db.models import Sum

from wagtail.models import Page, Revision

from catalogue.models import CraftObjectPage
from shop.models import Order, OrderLine, Refund, StripeEvent
from workshops.models import Booking

# Markup our injections carry: found verbatim in an HTML answer, it was not escaped.
UNESCAPED = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


@dataclass
class Tally:
    inputs: int = 0
    server_errors: int = 0
    unintended_writes: int = 0


TALLY: dict[str, Tally] = defaultdict(Tally)
STATUSES: dict[str, Counter] = defaultdict(Counter)


def snapshot() -> dict:
    """Everything a visitor's bad input could write, as numbers."""
    return {
        "orders": Order.objects.count(),
        "order lines": OrderLine.objects.count(),
        "refunds": Refund.objects.count(),
        "bookings": Booking.objects.count(),
        "stripe events": StripeEvent.objects.count(),
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "sessions": Session.objects.count(),
        "stock": CraftObjectPage.objects.aggregate(total=Sum("stock"))["total"],
        "paid orders": Order.objects.filter(paid_at__isnull=False).count(),
        "order statuses": sorted(Order.objects.values_list("pk", "status")),
        "booking statuses": sorted(Booking.objects.values_list("pk", "status")),
    }


def nul_refused(response) -> bool:
    """The 400 of core.security.RejectNullBytesMiddleware: a NUL byte in the address."""
    body = response.content.decode()
    return response.status_code == 400 and any(
        words in body for words in ("caractère nul", "null character", "ヌル文字")
    )


def probe(endpoint, client, method, path, *, writes_allowed=False, **kwargs):
    """Send one request; fail on a server error (5xx or exception), on unescaped injected
    markup, and, unless `writes_allowed`, on any row written. Returns the response."""
    tally = TALLY[endpoint]
    tally.inputs += 1
    before = snapshot()
    try:
        response = getattr(client, method.lower())(path, **kwargs)
    except Exception:
        tally.server_errors += 1
        raise
    STATUSES[endpoint][response.status_code] += 1
    if response.status_code >= 500:
        tally.server_errors += 1
        raise AssertionError(f"{method} {path[:300]!r} answered {response.status_code}")
    after = snapshot()
    if not writes_allowed and after != before:
        tally.unintended_writes += 1
        changed = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
        raise AssertionError(f"{method} {path[:300]!r} wrote: {changed}")
    if "html" in response.get("Content-Type", "") and not response.streaming:
        body = response.content.decode("utf-8", "replace")
        for markup in UNESCAPED:
            assert markup not in body, f"{method} {path[:300]!r} echoes {markup} unescaped"
    return response


@pytest.fixture(autouse=True)
def no_rate_limits(settings):
    """Hundreds of requests a minute from one address: the rate limits (core/rate_limits.py)
    would answer 429 to nearly all of them and hide what the views do with the input."""
    settings.RATE_LIMITS_ENABLED = False


def pytest_terminal_summary(terminalreporter):
    if not TALLY:
        return
    write = terminalreporter.write_line
    terminalreporter.section("hostile inputs per endpoint")
    width = max(len(name) for name in TALLY)
    for name in sorted(TALLY):
        t = TALLY[name]
        statuses = ", ".join(f"{code}×{n}" for code, n in sorted(STATUSES[name].items()))
        write(
            f"{name:<{width}}  {t.inputs:>5} inputs, {t.server_errors} server errors, "
            f"{t.unintended_writes} unintended writes  ({statuses})"
        )
    total = Tally(
        sum(t.inputs for t in TALLY.values()),
        sum(t.server_errors for t in TALLY.values()),
        sum(t.unintended_writes for t in TALLY.values()),
    )
    write(
        f"{'total':<{width}}  {total.inputs:>5} inputs, {total.server_errors} server errors, "
        f"{total.unintended_writes} unintended writes"
    )
