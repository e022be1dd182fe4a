"""The outbox in the admin: read only, with its waiting and failed counts; /health/ names
the late emails without failing the load balancer's check."""

from datetime import timedelta

import pytest

from django.core import mail
from django.test import override_settings
from django.utils import timezone

from core.mail.models import OutgoingEmail
from tests.factories import make_user

pytestmark = pytest.mark.django_db

# Nothing listens on port 9 of the loopback: every attempt fails at once.
SERVER_DOWN = override_settings(
    EMAIL_BACKEND="core.mail.backends.OutboxEmailBackend",
    EMAIL_DELIVERY_BACKEND="django.core.mail.backends.smtp.EmailBackend",
    EMAIL_HOST="127.0.0.1",
    EMAIL_PORT=9,
)


@pytest.fixture
def queued():
    with SERVER_DOWN:
        mail.send_mail("Votre commande TM-ABC-DEF", "Corps", None, ["client@example.org"])
    return OutgoingEmail.objects.get()


def test_a_superuser_sees_the_outbox_and_its_counts(client, queued):
    client.force_login(make_user("chef", superuser=True))
    html = client.get("/admin/outgoing_emails/").content.decode()
    assert "Votre commande TM-ABC-DEF" in html
    assert "1 en attente, 0 abandonné(s)" in html
    inspect = client.get(f"/admin/outgoing_emails/inspect/{queued.pk}/")
    assert inspect.status_code == 200 and "Connection" in inspect.content.decode()


def test_no_one_can_edit_add_or_delete_an_outgoing_email(client, queued):
    client.force_login(make_user("chef", superuser=True))
    for url in ("add/", f"edit/{queued.pk}/", f"delete/{queued.pk}/"):
        response = client.get(f"/admin/outgoing_emails/{url}")
        assert response.status_code in (302, 403, 404), url
    assert client.post(f"/admin/outgoing_emails/delete/{queued.pk}/").status_code != 200
    assert OutgoingEmail.objects.filter(pk=queued.pk).exists()


def test_an_editor_without_the_permission_does_not_see_the_addresses(client, queued):
    client.force_login(make_user("editeur", permissions=["wagtailadmin.access_admin"]))
    response = client.get("/admin/outgoing_emails/")
    assert "client@example.org" not in response.content.decode()
    assert response.status_code in (302, 403)


def test_health_names_the_late_emails_but_stays_200(client, queued):
    assert client.get("/health/").json()["mail"] == {"status": "ok", "late": 0}
    OutgoingEmail.objects.update(created_at=timezone.now() - timedelta(hours=1))
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["mail"] == {"status": "late", "late": 1}
