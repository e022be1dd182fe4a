"""The label sheets as a printer and a phone see them: every QR code decoded from the
rendered pages leads to its object's page; titles, Japanese names and SKUs are in the text."""

import io

import pypdfium2 as pdfium
import pytest
import zxingcpp

from catalogue.labels.fonts import label_fonts
from catalogue.labels.formats import FORMATS
from catalogue.labels.pdf import Label, labels_pdf, wrap

pytestmark = pytest.mark.django_db

URL = "/admin/catalogue/etiquettes/"


def rendered(pdf: bytes, dpi=200):
    """Each page as an image, as the printer would put it on paper, and its text."""
    document = pdfium.PdfDocument(io.BytesIO(pdf))
    try:
        for page in document:
            text = page.get_textpage().get_text_range()
            yield page.render(scale=dpi / 72).to_pil(), text
    finally:
        document.close()


def decoded(pdf: bytes) -> list[str]:
    urls = []
    for image, _text in rendered(pdf):
        results = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        urls += sorted(result.text for result in results)
    return urls


@pytest.mark.parametrize("label_format", sorted(FORMATS))
def test_every_qr_code_opens_its_objects_page(client, hall, label_format):
    client.force_login(hall.editor)
    response = client.get(
        URL, {"participation": hall.wajima.pk, "format": label_format, "pdf": "1"}
    )
    urls = decoded(response.content)
    assert urls == ["http://testserver/o/WJM-001/", "http://testserver/o/WJM-002/"]
    client.logout()
    for url, page in zip(urls, (hall.bowl, hall.tray), strict=True):
        landed = client.get(url, follow=True)
        assert landed.status_code == 200
        assert landed.context["page"].pk == page.pk


def test_the_text_of_each_label_is_in_the_pdf(client, hall):
    client.force_login(hall.editor)
    response = client.get(URL, {"participation": hall.wajima.pk, "pdf": "1"})
    text = "".join(text for _image, text in rendered(response.content))
    flat = " ".join(text.split())
    for expected in ("WJM-001", "WJM-002", "Plateau", "輪島塗", "48,00", "1 250,00", "Wajima"):
        assert expected in flat.replace("\u202f", " ").replace("\u00a0", " "), expected
    assert "Bol à soupe laqué" in flat
    assert "WJM-003" not in flat  # the draft
    assert "Sans référence" not in flat


def test_a_full_sheet_goes_on_to_a_second_page():
    label = Label("Bol", "椀", "Wajima", "Laque", 48, "WJM-001", "http://testserver/o/WJM-001/")
    pdf = labels_pdf([label] * 25, FORMATS["a4-24-70x37"])
    pages = list(rendered(pdf, dpi=50))
    assert len(pages) == 2


def test_a_long_title_is_cut_between_words_and_ends_with_an_ellipsis():
    fonts = label_fonts()
    title = "Bol à soupe laqué « Tsukimi » à décor de lune d’automne et de lapins blancs"
    lines = wrap(fonts, title, 100, 9, 2, bold=True)
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert all(fonts.width(line, 9, bold=True) <= 100 for line in lines)
    assert lines[0].startswith("Bol à soupe")


def test_french_quotes_stay_with_their_word():
    lines = wrap(label_fonts(), "Sous-verres kumiko « Asanoha » (lot de 4)", 60, 9, 4)
    assert not any(line.startswith("»") or line.endswith("«") for line in lines)
