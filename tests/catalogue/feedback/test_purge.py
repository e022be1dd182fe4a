"""feedback_purge: remarks and emails erased once the retention period is over, answers kept;
a dry run changes nothing."""

import io
from datetime import timedelta

import pytest

from django.core.management import call_command
from django.utils import timezone

from catalogue.feedback.services import feedback_purge
from catalogue.models import VisitorFeedback

from .helpers import demo_object, give

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(timezone.datetime(2026, 6, 1, 9, 0))


@pytest.fixture
def feedback(settings):
    settings.FEEDBACK_RETENTION_DAYS = 730
    page = demo_object()
    old = NOW - timedelta(days=731)
    return {
        "old_with_answers": give(page, when=old, colour=4, remark="Moi, Jeanne", email="j@ex.org"),
        "old_remark_only": give(page, when=old, remark="Seulement une remarque"),
        "recent": give(page, when=NOW - timedelta(days=700), colour=2, remark="Récent"),
    }


def test_old_remarks_and_emails_are_erased_and_the_answers_kept(feedback):
    counts = feedback_purge(now=NOW)
    assert (counts["erased"], counts["deleted"]) == (1, 1)
    kept = VisitorFeedback.objects.get(pk=feedback["old_with_answers"].pk)
    assert (kept.remark, kept.email, kept.colour) == ("", "", 4)
    assert kept.purged_at == NOW
    assert not VisitorFeedback.objects.filter(pk=feedback["old_remark_only"].pk).exists()
    assert VisitorFeedback.objects.get(pk=feedback["recent"].pk).remark == "Récent"
    assert feedback_purge(now=NOW) | {"cutoff": None} == {"cutoff": None, "erased": 0, "deleted": 0}


def test_a_dry_run_counts_and_changes_nothing(feedback):
    before = list(VisitorFeedback.objects.values())
    out = io.StringIO()
    call_command("feedback_purge", "--dry-run", stdout=out)
    assert list(VisitorFeedback.objects.values()) == before
    text = out.getvalue().replace("\u00a0", " ")
    assert "Essai à blanc" in text


def test_the_command_says_what_it_did(feedback, monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW)
    out = io.StringIO()
    call_command("feedback_purge", stdout=out)
    text = out.getvalue().replace("\u00a0", " ")
    assert "Avis reçus avant le 2024-06-01" in text
    assert "Remarques et adresses effacées : 1" in text
    assert "Avis sans autre réponse supprimés : 1" in text
    assert VisitorFeedback.objects.count() == 2
