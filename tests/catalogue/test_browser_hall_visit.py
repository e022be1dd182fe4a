"""The show in the hall, end to end in Chromium (issue 14's first «done when»):

the Kanazawa curator prints the labels of Kanazawa's participation; a visitor whose
browser speaks English scans one (its QR code is decoded from the PDF, as a phone would)
and lands on the object's English page, on the feedback form, and leaves a remark; the
Kanazawa curator sees it among the hall's remarks and exports it; the Toyama curator
neither sees nor exports it.
"""

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.conftest import ROOT
from tests.test_browser_translation import admin_tab  # downloads are accepted by default

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
REMARK = "The glaze is lovely; a smaller size would suit a Paris flat."

SETUP = """
import json, os
from exhibition.models import ExhibitorPage
from tests.exhibition.admin_helpers import curator

kanazawa = ExhibitorPage.objects.get(
    collectivite__short_name="Kanazawa", locale__language_code="fr"
)
json.dump({"kanazawa": curator("Kanazawa").username, "toyama": curator("Toyama").username,
           "exhibitor": kanazawa.pk}, open(os.environ["SETUP_OUT"], "w"))
"""


@pytest.fixture(scope="module")
def people(site_server):
    out = Path(site_server.dir) / "hall-setup.json"
    subprocess.run(
        [sys.executable, "manage.py", "shell"],
        input=SETUP,
        text=True,
        cwd=ROOT,
        env={**site_server.env, "SETUP_OUT": str(out)},
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return json.loads(out.read_text())


def decoded_urls(pdf_path):
    """What a phone reads from each QR code of the sheet's first page."""
    import pypdfium2
    import zxingcpp

    page = pypdfium2.PdfDocument(str(pdf_path))[0]
    image = page.render(scale=300 / 72).to_pil()
    ARTIFACTS.mkdir(exist_ok=True)
    image.save(ARTIFACTS / "hall-labels-page-1.png")
    return [result.text for result in zxingcpp.read_barcodes(image)]


def test_a_scanned_label_leads_to_feedback_that_only_its_curator_reads(
    chromium, site_server, people, tmp_path
):
    server = site_server
    kanazawa = admin_tab(chromium, server, people["kanazawa"])
    toyama = admin_tab(chromium, server, people["toyama"])
    visitor_context = chromium.new_context(
        viewport={"width": 390, "height": 844}, locale="en-GB", reduced_motion="reduce"
    )
    visitor = visitor_context.new_page()
    try:
        # The curator prints the labels of Kanazawa's participation.
        kanazawa.goto(server.url + "/admin/catalogue/etiquettes/")
        kanazawa.select_option("select[name=participation]", str(people["exhibitor"]))
        kanazawa.get_by_role("button", name="Voir les étiquettes").click()
        kanazawa.wait_for_load_state()
        with kanazawa.expect_download() as download:
            kanazawa.get_by_role("button", name=re.compile("^Télécharger le PDF")).click()
        pdf = tmp_path / "labels.pdf"
        download.value.save_as(pdf)
        urls = decoded_urls(pdf)
        assert urls, "no QR code decoded on the label sheet"
        assert all(urlparse(url).path.startswith("/o/") for url in urls)

        # A visitor in the hall scans the first label: English page, on the form.
        visitor.goto(server.url + urlparse(urls[0]).path)
        assert visitor.url.startswith(server.url + "/en/")
        assert visitor.url.endswith("#avis")
        assert visitor.locator("html").get_attribute("lang") == "en"
        title = visitor.locator("h1").inner_text()
        form = visitor.locator("#avis")
        assert form.is_visible()
        form.locator("label[for='avis-size_1']").click()
        visitor.locator("#avis-remark").fill(REMARK)
        visitor.locator(".feedback__submit").click()
        visitor.wait_for_url("**/merci/")
        rows = server.query(
            "SELECT language, source FROM catalogue_visitorfeedback WHERE remark = ?", REMARK
        )
        assert rows == [("en", "hall")]

        # The Kanazawa curator reads it and exports it.
        kanazawa.goto(server.url + "/admin/catalogue/avis/")
        assert kanazawa.get_by_text(REMARK).first.is_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        kanazawa.screenshot(path=str(ARTIFACTS / "hall-feedback-curator.png"), full_page=True)
        export = f"/admin/catalogue/avis/{people['exhibitor']}.csv"
        response = kanazawa.context.request.get(server.url + export)
        assert response.status == 200
        assert REMARK in response.text()

        # The Toyama curator does not.
        toyama.goto(server.url + "/admin/catalogue/avis/")
        assert REMARK not in toyama.locator("main").inner_text()
        assert title not in toyama.locator("main").inner_text()
        assert toyama.context.request.get(server.url + export).status in (403, 404)
    finally:
        visitor_context.close()
        kanazawa.context.close()
        toyama.context.close()
