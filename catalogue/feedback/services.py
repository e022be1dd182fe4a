"""What changes feedback: a visitor sends it, the retention period erases it."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q

from catalogue.models import CraftObjectPage, VisitorFeedback
from catalogue.models.feedback import Source


def feedback_target(page: CraftObjectPage) -> CraftObjectPage:
    """The French page of the object: feedback in every language is counted on it, as the
    shop counts stock (`shop_item`); a page written directly in English stands for itself."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    source = CraftObjectPage.objects.filter(
        translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    return source or page


def feedback_submit(
    *,
    page: CraftObjectPage,
    language: str,
    from_hall: bool,
    colour: int | None = None,
    shape: int | None = None,
    size: str = "",
    price: str = "",
    would_buy: str = "",
    remark: str = "",
    email: str = "",
) -> VisitorFeedback:
    """Store one visitor's answers about `page` (read in `language`)."""
    target = feedback_target(page)
    exhibitor = target.get_parent()
    return VisitorFeedback.objects.create(
        craft_object=target,
        sku=target.sku,
        object_title=target.title,
        edition_id=target.edition_id,
        collectivite_id=target.collectivite_id,
        exhibitor_id=exhibitor.pk if exhibitor else None,
        language=language,
        source=Source.HALL if from_hall else Source.WEB,
        colour=colour,
        shape=shape,
        size=size or "",
        price=price or "",
        would_buy=would_buy or "",
        remark=remark or "",
        email=email if remark else "",
    )


def feedback_purge(*, now: datetime, dry_run: bool = False) -> dict:
    """Erase the remark and the email of feedback older than the retention period.

    The answers on the scales stay: alone they tell nothing about anyone, and the
    exhibitors compare editions with them. A row left with no answer at all (a remark
    alone) is deleted. Returns the cutoff and the counts,
    {"cutoff": …, "erased": n, "deleted": m}, the same with `dry_run`, which changes nothing.
    """
    cutoff = now - timedelta(days=settings.FEEDBACK_RETENTION_DAYS)
    old = VisitorFeedback.objects.filter(created_at__lt=cutoff).filter(~Q(remark="") | ~Q(email=""))
    nothing_else = (
        Q(colour__isnull=True) & Q(shape__isnull=True) & Q(size="") & Q(price="") & Q(would_buy="")
    )
    to_delete = old.filter(nothing_else)
    to_erase = old.exclude(nothing_else)
    counts = {"cutoff": cutoff, "deleted": to_delete.count(), "erased": to_erase.count()}
    if not dry_run:
        with transaction.atomic():
            to_delete.delete()
            to_erase.update(remark="", email="", purged_at=now)
    return counts
