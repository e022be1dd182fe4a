"""Editing an object in the admin: tabs, help texts, and bad values refused in French."""

from decimal import Decimal
from io import BytesIO

import pytest
from PIL import Image as PILImage

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse

from wagtail.models import Revision
from wagtail.test.utils import WagtailTestUtils

from catalogue.models import CraftObjectPage
from exhibition.models import ExhibitionImage
from tests.exhibition.admin_helpers import curator, edit_form, edit_url, editor
from tests.factories import CraftObjectPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page():
    return CraftObjectPageFactory()


@pytest.fixture
def own_curator(client, page):
    """Logged in as a curator of the object's collectivité (its group comes with it)."""
    client.force_login(curator(page.collectivite.short_name))
    return client


def soup(response):
    return WagtailTestUtils.get_soup(response.content.decode())


def test_the_object_form_has_content_sale_media_shows_and_seo_tabs(own_curator, page):
    html = soup(own_curator.get(edit_url(page)))

    tabs = [tab.get_text(" ", strip=True).split(" (")[0] for tab in html.select("[role=tab]")]
    assert tabs == ["Contenu", "Vente", "Médias", "Expositions", "Référencement"]
    in_tab = {
        "tab-contenu": ["title", "japanese_name", "summary", "material", "width_mm", "tags"],
        "tab-vente": ["price", "stock", "sku", "on_sale"],
        "tab-medias": ["gallery_images-0-image", "gallery_images-0-alt_text"],
        "tab-referencement": ["slug", "seo_title", "search_description"],
    }
    for tab, names in in_tab.items():
        for name in names:
            assert html.select_one(f"#{tab} [name='{name}']"), (tab, name)


def test_fields_that_need_it_explain_themselves_in_french(own_curator, page):
    text = soup(own_curator.get(edit_url(page))).get_text(" ")
    for help_text in [
        "En millimètres, de 1 à 5 000",
        "En grammes, de 1 à 200 000 (200 kg)",
        "de 0 à 50 000 €",
        "Chaque commande le diminue",
        "Unique dans le catalogue, par exemple KNZ-001",
        "Ce que montre l’image, pour qui ne la voit pas",
        "Kutani-yaki / 九谷焼",
    ]:
        assert help_text in text, help_text


def other_sku(page):
    return CraftObjectPage.objects.filter(locale=page.locale).exclude(pk=page.pk).first().sku


BAD_VALUES = {
    "negative price": ({"price": "-5.00"}, "Le prix doit être compris entre 0 et 50 000 €"),
    "price above 50 000 €": (
        {"price": "60000.00"},
        "Le prix doit être compris entre 0 et 50 000 €",
    ),
    "price beyond the column": (
        {"price": "1000000.00"},
        "Le prix doit être compris entre 0 et 50 000 €",
    ),
    "negative stock": ({"stock": "-1"}, "Le stock ne peut pas être négatif."),
    "width of 6 m": (
        {"width_mm": "6000"},
        "La largeur doit être comprise entre 1 et 5 000 mm.",
    ),
    "height of 0 mm": (
        {"height_mm": "0"},
        "La hauteur doit être comprise entre 1 et 5 000 mm.",
    ),
    "negative depth": (
        {"depth_mm": "-3"},
        "La profondeur doit être comprise entre 1 et 5 000 mm.",
    ),
    "weight of 250 kg": (
        {"weight_g": "250000"},
        "Le poids doit être compris entre 1 g et 200 000 g (200 kg).",
    ),
    "duplicate SKU": (None, "Cette référence est déjà utilisée par un autre objet."),
    # Wagtail lets a draft be saved incomplete; required fields are checked on submission.
    "missing alt text": (
        {"gallery_images-0-alt_text": "", "action-submit": "action-submit"},
        "Décrivez ce que montre l’image : le texte alternatif est obligatoire.",
    ),
}


@pytest.mark.parametrize("case", BAD_VALUES)
def test_bad_values_are_refused_in_french_and_nothing_is_saved(own_curator, page, case):
    changes, message = BAD_VALUES[case]
    data = edit_form(own_curator, page)
    data["title"] = "Ne doit pas être enregistré"
    data.update(changes if changes is not None else {"sku": other_sku(page)})
    revisions = Revision.objects.for_instance(page).count()
    before = CraftObjectPage.objects.filter(pk=page.pk).values().get()

    response = own_curator.post(edit_url(page), data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert Revision.objects.for_instance(page).count() == revisions
    assert CraftObjectPage.objects.filter(pk=page.pk).values().get() == before


def test_sensible_values_are_saved(own_curator, page):
    data = edit_form(own_curator, page)
    data.update({"price": "50000.00", "width_mm": "5000", "weight_g": "200000", "stock": "0"})

    response = own_curator.post(edit_url(page), data)

    assert response.status_code == 302
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert (draft.price, draft.width_mm, draft.weight_g, draft.stock) == (
        Decimal("50000.00"),
        5000,
        200000,
        0,
    )


@pytest.mark.parametrize("field", ["price", "stock"])
def test_the_database_refuses_a_negative_price_or_stock(page, field):
    with pytest.raises(IntegrityError), transaction.atomic():
        CraftObjectPage.objects.filter(pk=page.pk).update(**{field: -1})


def upload(client, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Essai", "file": SimpleUploadedFile(name, content), "collection": ""},
    )


def test_images_in_other_formats_are_refused(client):
    client.force_login(editor())
    buffer = BytesIO()
    PILImage.new("RGB", (16, 16)).save(buffer, "BMP")
    count = ExhibitionImage.objects.count()

    response = upload(client, "scan.bmp", buffer.getvalue())

    assert "Format d&#x27;image non supporté" in response.content.decode()
    assert ExhibitionImage.objects.count() == count


def test_images_over_40_megapixels_are_refused(client):
    client.force_login(editor())
    buffer = BytesIO()
    # 8 000 × 6 000 = 48 Mpx; one bit per pixel keeps the test light.
    PILImage.new("1", (8000, 6000)).save(buffer, "PNG")
    count = ExhibitionImage.objects.count()

    response = upload(client, "immense.png", buffer.getvalue())

    assert "trop grand nombre de pixels" in response.content.decode()
    assert ExhibitionImage.objects.count() == count


@pytest.mark.parametrize(
    "name, content, error",
    [
        # Not an image at all, and a PNG, both named .jpg.
        ("photo.jpg", b"<?php system($_GET['c']); ?>", "pas une image, ou il est corrompu"),
        (
            "photo.jpg",
            b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
            "ne correspond pas au format du fichier (png)",
        ),
        # SVG can carry scripts: not among the accepted formats.
        (
            "photo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "Format d&#x27;image non supporté",
        ),
    ],
)
def test_a_file_is_judged_by_its_content_not_its_name(client, name, content, error):
    client.force_login(editor())
    count = ExhibitionImage.objects.count()

    response = upload(client, name, content)

    assert error in response.content.decode()
    assert ExhibitionImage.objects.count() == count


def test_images_over_15_mb_are_refused(client):
    client.force_login(editor())
    count = ExhibitionImage.objects.count()

    response = upload(client, "lourde.jpg", b"\xff\xd8\xff" + b"\x00" * (16 * 1024 * 1024))

    assert "La taille de fichier maximale est de 15,0\xa0Mio" in response.content.decode()
    assert ExhibitionImage.objects.count() == count
