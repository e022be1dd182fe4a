"""Reading feedback: what a user may see, filtered, and summed up per object.

Every figure of the admin screen comes from one grouped query (counts, averages and the
count of each answer per object), whatever the number of rows.
"""

from dataclasses import dataclass, field

from django.db.models import Avg, Count, Max, Q, QuerySet

from catalogue.models import VisitorFeedback
from catalogue.models.feedback import Price, Size, WouldBuy

# The answers shown as distributions, with their choices in the order of the scale.
DISTRIBUTIONS = {"size": Size, "price": Price, "would_buy": WouldBuy}
SCALES = ("colour", "shape")


def feedback_visible(
    scope, *, edition=None, language="", source="", exhibitor=None
) -> QuerySet[VisitorFeedback]:
    """The feedback `scope` allows (catalogue.feedback.permissions), narrowed by filters."""
    rows = VisitorFeedback.objects.visible_to(scope)
    if edition is not None:
        rows = rows.filter(edition=edition)
    if language:
        rows = rows.filter(language=language)
    if source:
        rows = rows.filter(source=source)
    if exhibitor is not None:
        rows = rows.filter(exhibitor=exhibitor)
    return rows


@dataclass
class Share:
    label: str
    count: int
    percent: int


@dataclass
class ObjectSummary:
    sku: str
    title: str
    collectivite: str
    count: int
    remarks: int
    averages: dict = field(default_factory=dict)  # "colour" → (average or None, answers)
    distributions: dict = field(default_factory=dict)  # "size" → [Share, …]


def _annotations() -> dict:
    annotations = {"count": Count("pk"), "remarks": Count("pk", filter=~Q(remark=""))}
    for name in SCALES:
        annotations[f"{name}_avg"] = Avg(name)
        annotations[f"{name}_n"] = Count(name)
    for name, choices in DISTRIBUTIONS.items():
        for value in choices.values:
            annotations[f"{name}__{value}"] = Count("pk", filter=Q(**{name: value}))
    return annotations


def _summary(row: dict, **names) -> ObjectSummary:
    summary = ObjectSummary(count=row["count"], remarks=row["remarks"], **names)
    for name in SCALES:
        average = row[f"{name}_avg"]
        summary.averages[name] = (
            round(average, 1) if average is not None else None,
            row[f"{name}_n"],
        )
    for name, choices in DISTRIBUTIONS.items():
        counts = [(choice.label, row[f"{name}__{choice.value}"]) for choice in choices]
        answered = sum(count for _label, count in counts)
        summary.distributions[name] = [
            Share(label, count, round(100 * count / answered) if answered else 0)
            for label, count in counts
        ]
    return summary


def feedback_by_object(rows: QuerySet[VisitorFeedback]) -> list[ObjectSummary]:
    """One summary per object, by reference: feedback outlives a deleted page, and a
    renamed object stays one line (under one of its titles)."""
    grouped = (
        rows.order_by()
        .values("sku", "collectivite__short_name")
        .annotate(title=Max("object_title"), **_annotations())
        .order_by("collectivite__short_name", "sku")
    )
    return [
        _summary(
            row,
            sku=row["sku"],
            title=row["title"],
            collectivite=row["collectivite__short_name"] or "",
        )
        for row in grouped
    ]


def feedback_totals(rows: QuerySet[VisitorFeedback]) -> ObjectSummary:
    """The same figures over all the rows."""
    row = rows.order_by().aggregate(**_annotations())
    return _summary(row, sku="", title="", collectivite="")


def feedback_remarks(rows: QuerySet[VisitorFeedback], *, limit: int = 200) -> list:
    """The latest remarks, newest first, with what the admin shows beside them."""
    return list(
        rows.exclude(remark="")
        .select_related("collectivite")
        .only(
            "sku",
            "object_title",
            "created_at",
            "language",
            "source",
            "remark",
            "email",
            "collectivite__short_name",
        )
        .order_by("-created_at", "-pk")[:limit]
    )
