"""The import and export screens of the admin: permissions, dry run, confirmation, files."""

import csv
import io
import re

import openpyxl
import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Page, Revision

from catalogue.models import CraftObjectPage
from exhibition.models import EditionPage, ExhibitionImage

from . import import_data as data

pytestmark = pytest.mark.django_db

IMPORT_URL = "/admin/catalogue/import/"
MENU_LABEL = "Importer / exporter des objets"


@pytest.fixture(autouse=True)
def import_dir(settings, tmp_path):
    settings.CATALOGUE_IMPORT_DIR = str(tmp_path / "imports")
    return tmp_path / "imports"


@pytest.fixture
def superuser():
    return get_user_model().objects.create_superuser("direction", "d@example.org", "pass")


@pytest.fixture
def niigata():
    """Page permissions (add, change) on Niigata's participation only, no publication."""
    return data.curator("niigata", ["Niigata"])


def counts():
    return (Page.objects.count(), ExhibitionImage.objects.count(), Revision.objects.count())


def rows_file(collectivites, name="objets.csv"):
    rows = []
    for line, collectivite in enumerate(collectivites, start=2):
        row = data.good_row(line) | {"collectivite": collectivite, "images": ""}
        row |= {"textes_alternatifs": "", "materiau": "Laque", "artisanat": ""}
        rows.append(row)
    return SimpleUploadedFile(name, data.csv_bytes(rows), content_type="text/csv")


def dry_run(client, upload, **extra):
    return client.post(IMPORT_URL, {"rows_file": upload, **extra})


def token_of(response) -> str:
    return re.search(rb'name="token" value="([^"]+)"', response.content).group(1).decode()


# Who may come in


@pytest.mark.parametrize(
    "url",
    [
        IMPORT_URL,
        "/admin/catalogue/import/confirm/",
        "/admin/catalogue/import/modele.csv",
        "/admin/catalogue/export/?format=csv",
    ],
)
def test_anonymous_visitors_are_sent_to_the_login_page(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_staff_without_page_permissions_is_refused_and_sees_no_menu_item(client):
    staff = get_user_model().objects.create_user("lecteur", "l@example.org", "pass")
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)

    # Wagtail answers a PermissionDenied in its admin with a redirect to the dashboard.
    for url in (IMPORT_URL, "/admin/catalogue/export/?format=csv"):
        response = client.get(url)
        assert (response.status_code, response.url) == (302, "/admin/")
    assert MENU_LABEL not in client.get("/admin/").content.decode()


def test_a_curator_with_page_permissions_finds_the_screen_in_the_catalogue_menu(client, niigata):
    client.force_login(niigata)

    assert MENU_LABEL in client.get("/admin/").content.decode()
    response = client.get(IMPORT_URL)
    assert response.status_code == 200
    assert b'name="publish"' not in response.content  # he may not publish


def test_the_publish_checkbox_is_offered_to_those_who_may_publish(client, superuser):
    client.force_login(superuser)

    assert b'name="publish"' in client.get(IMPORT_URL).content


# Dry run, confirmation


def test_the_dry_run_shows_the_report_and_writes_nothing(client, superuser):
    client.force_login(superuser)
    before = counts()

    response = dry_run(client, rows_file(["Kanazawa", "Osaka"]))

    html = response.content.decode()
    assert response.status_code == 200
    assert counts() == before
    assert "Essai à blanc" in html and "Confirmer l’import" in html
    assert '<th scope="row">2</th>' in html and "<caption>" in html
    assert 'role="alert"' in html and "« Osaka » n’est pas une collectivité connue" in html
    assert 'href="#ligne-3"' in html and 'id="ligne-3"' in html


def test_a_curator_of_niigata_sees_only_his_rows_pass_and_only_they_are_imported(client, niigata):
    client.force_login(niigata)

    response = dry_run(client, rows_file(["Niigata", "Kanazawa", "Niigata", "Fukui"]))

    html = response.content.decode()
    assert "vous n’avez pas le droit de modifier les objets de Kanazawa" in html
    assert "vous n’avez pas le droit de modifier les objets de Fukui" in html
    assert not CraftObjectPage.objects.filter(sku__startswith="IMP-").exists()

    response = client.post(reverse("catalogue_import_confirm"), {"token": token_of(response)})

    assert response.status_code == 200
    assert "Import terminé" in response.content.decode()
    imported = CraftObjectPage.objects.filter(sku__startswith="IMP-")
    assert set(imported.values_list("sku", flat=True)) == {"IMP-002", "IMP-004"}
    assert not imported.live().exists()  # drafts: he may not publish


def test_confirming_twice_imports_once(client, superuser, import_dir):
    client.force_login(superuser)
    token = token_of(dry_run(client, rows_file(["Kanazawa"])))

    client.post(reverse("catalogue_import_confirm"), {"token": token})
    response = client.post(reverse("catalogue_import_confirm"), {"token": token}, follow=True)

    assert "Ce fichier n’est plus disponible" in response.content.decode()
    assert CraftObjectPage.objects.filter(sku="IMP-002").count() == 1
    assert not any(import_dir.glob("*/*"))


def test_a_token_is_only_good_for_the_user_who_uploaded(client, superuser, niigata):
    client.force_login(niigata)
    token = token_of(dry_run(client, rows_file(["Niigata"])))
    other = get_user_model().objects.create_superuser("autre", "a@example.org", "pass")
    client.force_login(other)

    response = client.post(reverse("catalogue_import_confirm"), {"token": token}, follow=True)

    assert "Ce fichier n’est plus disponible" in response.content.decode()
    assert not CraftObjectPage.objects.filter(sku="IMP-002").exists()


def test_published_directly_when_asked_by_someone_who_may_publish(client, superuser):
    client.force_login(superuser)
    token = token_of(dry_run(client, rows_file(["Kanazawa"]), publish="on"))

    client.post(reverse("catalogue_import_confirm"), {"token": token})

    assert CraftObjectPage.objects.get(sku="IMP-002").live


# Bad uploads


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("virus.exe", b"MZ\x90\x00"), "n’est pas un tableau"),
        (SimpleUploadedFile("vide.csv", b""), "est vide"),
        (SimpleUploadedFile("gros.csv", b"reference\r\n" + b"x" * (10 * 1024 * 1024)), "5 Mo"),
        (SimpleUploadedFile("entete.csv", b"nom;prix\r\nBol;12\r\n"), "« reference »"),
    ],
)
def test_a_bad_upload_is_explained_and_nothing_is_written(
    client, superuser, import_dir, upload, message
):
    client.force_login(superuser)
    before = counts()

    response = dry_run(client, upload)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html and "Rien n’a été importé" in html
    assert message in html
    assert counts() == before
    assert not any(import_dir.glob("*/*"))


def test_a_zip_that_is_not_a_zip_is_explained(client, superuser):
    client.force_login(superuser)

    response = dry_run(
        client, rows_file(["Kanazawa"]), images_zip=SimpleUploadedFile("photos.zip", b"nope")
    )

    assert "n’est pas un fichier ZIP lisible" in response.content.decode()


def test_a_missing_file_is_explained(client, superuser):
    client.force_login(superuser)

    response = client.post(IMPORT_URL, {})

    assert "Choisissez le fichier CSV ou XLSX des objets." in response.content.decode()


# Template and export


def test_the_template_has_the_headers_and_one_example_row(client, niigata):
    client.force_login(niigata)

    content = client.get(reverse("catalogue_import_template", args=["csv"])).content
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    sheet = openpyxl.load_workbook(
        io.BytesIO(client.get(reverse("catalogue_import_template", args=["xlsx"])).content)
    ).worksheets[0]

    assert rows[0][:3] == ["reference", "titre", "nom_japonais"] and len(rows) == 2
    assert [cell.value for cell in sheet[1]] == rows[0]
    assert sheet.max_row == 2


def test_the_export_buttons_download_the_catalogue_of_an_edition(client, niigata):
    client.force_login(niigata)
    edition = EditionPage.objects.get(slug="2021-shoku", locale__language_code="fr")

    response = client.get(
        reverse("catalogue_export"), {"format": "csv", "edition": edition.pk, "locale": "fr"}
    )
    xlsx = client.get(reverse("catalogue_export"), {"format": "xlsx"})

    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="objets-2021-shoku-fr-' in response["Content-Disposition"]
    assert b"KNZ-001" in response.content
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    assert client.get(reverse("catalogue_export"), {"format": "pdf"}).status_code == 400
