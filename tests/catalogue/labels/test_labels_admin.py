"""The «Étiquettes» screen: who may print what, the list with its scans, the PDF file."""

import pytest

from catalogue.models import ObjectScan

pytestmark = pytest.mark.django_db

URL = "/admin/catalogue/etiquettes/"


def download(client, user, **params):
    client.force_login(user)
    return client.get(URL, {**params, "pdf": "1"})


def test_anonymous_visitors_are_sent_to_the_login_page(client, hall):
    response = client.get(URL, {"participation": hall.wajima.pk, "pdf": "1"})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_menu_offers_labels_to_curators(client, hall):
    client.force_login(hall.wajima_curator)
    # The sidebar's items are JSON in the page, «É» escaped.
    assert "tiquettes et QR codes" in client.get("/admin/").content.decode()
    assert URL in client.get("/admin/").content.decode()


def test_a_curator_downloads_the_pdf_of_their_participation(client, hall):
    response = download(client, hall.wajima_curator, participation=hall.wajima.pk)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="etiquettes-')
    assert disposition.endswith('.pdf"')
    assert response.content.startswith(b"%PDF")


def test_a_curator_is_refused_another_collectivites_participation(client, hall):
    response = download(client, hall.tsubame_curator, participation=hall.wajima.pk)
    assert response.status_code == 403
    assert not response.content.startswith(b"%PDF")
    assert "ne sont pas les vôtres" in response.content.decode()


def test_a_curator_is_refused_another_collectivites_objects(client, hall):
    response = download(client, hall.tsubame_curator, objets=[hall.scissors.pk, hall.bowl.pk])
    assert response.status_code == 403


def test_a_curator_printing_an_edition_gets_only_their_own_objects(client, hall):
    client.force_login(hall.tsubame_curator)
    page = client.get(URL, {"edition": hall.edition.pk}).content.decode()
    assert "TSB-001" in page
    assert "WJM-001" not in page


def test_the_participations_offered_are_the_curators_own(client, hall):
    client.force_login(hall.tsubame_curator)
    page = client.get(URL).content.decode()
    assert f'value="{hall.tsubame.pk}"' in page
    assert f'value="{hall.wajima.pk}"' not in page


def test_an_editor_prints_any_collectivites_objects(client, hall):
    response = download(client, hall.editor, objets=[hall.scissors.pk, hall.bowl.pk])
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"


def test_a_user_without_pages_cannot_open_the_screen(client, hall):
    from tests.factories import make_user

    client.force_login(make_user("lecteur", permissions=["wagtailadmin.access_admin"]))
    response = client.get(URL, {"participation": "1", "pdf": "1"})
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_the_list_shows_what_is_left_out_and_why(client, hall):
    client.force_login(hall.wajima_curator)
    page = client.get(URL, {"participation": hall.wajima.pk}).content.decode()
    assert "2 étiquettes" in page
    assert "2 objets laissés de côté" in page
    assert "sans référence (SKU)" in page
    assert "non publié" in page


def test_the_list_shows_each_objects_scans_by_language(client, hall):
    import datetime

    day = datetime.date(2026, 6, 12)
    for language in ("fr", "fr", "ja"):
        ObjectScan.record(page_id=hall.bowl.pk, day=day, language=language)
    client.force_login(hall.wajima_curator)
    response = client.get(URL, {"participation": hall.wajima.pk})
    assert response.context["rows"][0] == (hall.bowl, {"total": 3, "fr": 2, "ja": 1})
    assert ">3</td>" in response.content.decode()


def test_asking_for_nothing_is_an_error_on_the_form_not_a_file(client, hall):
    client.force_login(hall.editor)
    response = client.get(URL, {"edition": "", "participation": "", "pdf": "1"})
    assert response.status_code == 200
    assert "Choisissez une édition" in response.content.decode()


def test_an_unknown_format_is_an_error_on_the_form(client, hall):
    response = download(client, hall.editor, participation=hall.wajima.pk, format="a3")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")


def test_the_page_listing_bulk_action_opens_the_screen_with_the_objects_below(client, hall):
    client.force_login(hall.editor)
    response = client.get(
        "/admin/bulk/wagtailcore/page/print_labels/",
        {"id": [hall.wajima.pk, hall.scissors.pk], "next": "/admin/pages/"},
    )
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    for sku in ("WJM-001", "WJM-002", "TSB-001"):
        assert sku in page
