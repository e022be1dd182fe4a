"""The figures of the admin screen: counts, averages over those who answered, shares."""

import pytest

from catalogue.feedback.selectors import feedback_by_object, feedback_totals
from catalogue.models import VisitorFeedback

from .helpers import demo_object, give

pytestmark = pytest.mark.django_db


def test_averages_count_only_those_who_answered_and_shares_add_up():
    page, other = demo_object(), demo_object("toyama")
    give(page, colour=5, size="small")
    give(page, colour=2, size="small", would_buy="yes")
    give(page, size="large", remark="Un peu grand")
    give(other, shape=3)
    summaries = {summary.sku: summary for summary in feedback_by_object(VisitorFeedback.objects)}
    mine = summaries[page.sku]
    assert (mine.count, mine.remarks, mine.title) == (3, 1, page.title)
    assert mine.averages == {"colour": (3.5, 2), "shape": (None, 0)}
    sizes = [(share.label, share.count, share.percent) for share in mine.distributions["size"]]
    assert sizes == [("Trop petit", 2, 67), ("Juste bien", 0, 0), ("Trop grand", 1, 33)]
    assert [share.count for share in mine.distributions["would_buy"]] == [1, 0, 0]
    totals = feedback_totals(VisitorFeedback.objects)
    assert totals.count == 4 and totals.averages["shape"] == (3.0, 1)


def test_feedback_outlives_its_deleted_object():
    page = demo_object()
    give(page, colour=4)
    sku, title = page.sku, page.title
    page.delete()
    feedback = VisitorFeedback.objects.get()
    assert feedback.craft_object is None and (feedback.sku, feedback.object_title) == (sku, title)
    assert feedback_by_object(VisitorFeedback.objects)[0].title == title
