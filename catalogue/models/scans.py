from django.db import IntegrityError, models, transaction
from django.db.models import F, Sum
from django.utils.translation import gettext_lazy as _


class ObjectScanQuerySet(models.QuerySet):
    def totals_by_page(self, page_ids) -> dict[int, dict[str, int]]:
        """{page id: {"total": n, "fr": n, "en": n, "ja": n}} for these French pages."""
        totals: dict[int, dict[str, int]] = {}
        rows = (
            self.filter(page_id__in=page_ids)
            .values("page_id", "language")
            .annotate(scans=Sum("count"))
            .order_by()
        )
        for row in rows:
            counts = totals.setdefault(row["page_id"], {"total": 0})
            counts[row["language"]] = counts.get(row["language"], 0) + row["scans"]
            counts["total"] += row["scans"]
        return totals


class ObjectScan(models.Model):
    """How many times an object's QR label was scanned in the hall, per day and language.

    Counted on the French page, whatever the language the visitor was sent to (`language`
    says which): an object is one object on the label, in the shop and in these figures.
    One row per (object, day, language) incremented in the database, not one row per scan:
    the table stays small however busy the hall, and concurrent scans never lose a count
    (see `record`).
    """

    page = models.ForeignKey(
        "catalogue.CraftObjectPage",
        on_delete=models.CASCADE,
        related_name="scans",
        verbose_name=_("objet"),
    )
    day = models.DateField(_("jour"))
    language = models.CharField(_("langue"), max_length=8)
    count = models.PositiveIntegerField(_("scans"), default=0)

    objects = ObjectScanQuerySet.as_manager()

    class Meta:
        verbose_name = _("scan d’étiquette")
        verbose_name_plural = _("scans d’étiquettes")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "day", "language"], name="object_scan_one_row_per_day"
            ),
        ]

    def __str__(self):
        return f"{self.page_id} {self.day} {self.language}: {self.count}"

    @classmethod
    def record(cls, *, page_id: int, day, language: str) -> None:
        """Add one scan: UPDATE … SET count = count + 1, or create the day's row.

        Two first scans of the day may race to create the row: the loser's INSERT breaks
        the unique constraint (inside a savepoint, so the request's transaction survives)
        and it increments the winner's row instead. No read-modify-write in Python, so no
        count is lost under concurrency.
        """
        key = {"page_id": page_id, "day": day, "language": language}
        if cls.objects.filter(**key).update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(**key, count=1)
        except IntegrityError:
            cls.objects.filter(**key).update(count=F("count") + 1)
