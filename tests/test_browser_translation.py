"""A French change reaches /en/ through the curator's translation and the Éditeurs' review,
in a real browser: the curator submits a French edit, an Éditeur approves it, the curator
sees the English page out of date, translates the changed text in the translation editor
and submits it, an Éditeur approves, /en/ shows it.

Screenshots land in test-artifacts/ (git-ignored) for a person to look at.
"""

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
NEW_FRENCH = "Une théière de fonte, émaillée à l’intérieur, pour le thé vert."
NEW_ENGLISH = "A cast-iron teapot, enamelled inside, for green tea."

# Run in the site server's own database: an object of the tests' factories, with its
# English translation linked, translated and published, and the people who work on it.
SETUP = """
import json, os
from tests.exhibition.admin_helpers import curator, editor
from tests.exhibition.translation_helpers import link, translate, translate_strings
from tests.factories import CraftObjectPageFactory

obj = CraftObjectPageFactory(title="Théière en fonte", slug="theiere-en-fonte",
                             summary="Une théière de fonte, émaillée.")
translate(obj, "en")
translate_strings(obj, "en", {"Théière en fonte": "Cast-iron teapot",
                              "theiere-en-fonte": "cast-iron-teapot",
                              "Une théière de fonte, émaillée.": "An enamelled cast-iron teapot."})
link(obj, "en").save_target(publish=True)
english = obj.get_translations().get(locale__language_code="en")
json.dump({"french": obj.pk, "english": english.pk, "french_url": obj.url,
           "english_url": english.url,
           "curator": curator(obj.collectivite.short_name).username,
           "editor": editor().username}, open(os.environ["SETUP_OUT"], "w"))
"""


@pytest.fixture(scope="module")
def teapot(site_server):
    out = Path(site_server.dir) / "translation-setup.json"
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


def admin_tab(chromium, server, username):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    tab = context.new_page()
    tab.goto(server.url + "/admin/login/")
    tab.fill("input[name=username]", username)
    tab.fill("input[name=password]", "pass")
    tab.click("button[type=submit]")
    tab.wait_for_url(server.url + "/admin/")
    return tab


def shot(tab, name):
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"translation-{name}.png"), full_page=True)


def more_actions(tab):
    tab.click("footer [data-w-dropdown-target=toggle]")


def approve_from_dashboard(tab, server, title):
    """The Éditeur approves from the dashboard's «En attente de votre vérification»."""
    tab.goto(server.url + "/admin/")
    row = tab.locator("tr", has=tab.locator("[data-workflow-action-url]"), has_text=title)
    row.locator("[data-w-dropdown-target=toggle]").click()
    row.get_by_role("button", name="Approuver", exact=True).click()
    tab.wait_for_load_state("networkidle")


def visitor_reads(server, path):
    with urllib.request.urlopen(server.url + path) as response:
        return response.read().decode()


def test_a_french_change_reaches_en_through_translation_and_review(chromium, site_server, teapot):
    server = site_server
    french_edit = f"{server.url}/admin/pages/{teapot['french']}/edit/"
    curator = admin_tab(chromium, server, teapot["curator"])
    editor = admin_tab(chromium, server, teapot["editor"])
    try:
        # The curator changes the French text and submits it for review.
        curator.goto(french_edit)
        curator.fill("[name=summary]", NEW_FRENCH)
        more_actions(curator)
        curator.click("footer button[name=action-submit]")
        curator.wait_for_load_state()
        shot(curator, "1-french-submitted")

        # An Éditeur approves: the French page is published.
        editor.goto(french_edit)
        more_actions(editor)
        editor.get_by_role("button", name="Approuver et Publier").click()
        editor.wait_for_load_state()
        assert NEW_FRENCH in visitor_reads(server, teapot["french_url"])
        assert "An enamelled cast-iron teapot." in visitor_reads(server, teapot["english_url"])

        # The curator sees the English translation out of date and opens it.
        curator.goto(french_edit)
        notice = curator.locator(".messages", has_text="Traduction anglaise à mettre à jour")
        assert notice.is_visible()
        shot(curator, "2-french-page-says-english-out-of-date")
        notice.get_by_role("link", name="Mettre à jour la traduction").click()
        curator.wait_for_load_state("networkidle")
        assert curator.url.endswith(f"/admin/pages/{teapot['english']}/edit/")
        assert curator.locator(".messages", has_text="à mettre à jour").is_visible()

        # The changed text is the one left to translate: translate it, submit it.
        segment = curator.locator("li.incomplete", has_text=NEW_FRENCH)
        segment.get_by_role("button", name="Traduire").click()
        segment.locator("textarea").fill(NEW_ENGLISH)
        segment.get_by_role("button", name="Enregistrer").click()
        saved = curator.locator("li.complete", has_text=NEW_ENGLISH)
        saved.get_by_role("button", name="Modifier").wait_for()  # «Enregistrement…» done
        assert curator.locator("li.incomplete").count() == 0
        shot(curator, "3-translation-editor")
        curator.get_by_role("button", name="Soumettre à la relecture").click()
        curator.wait_for_load_state("networkidle")
        assert curator.locator(".messages", has_text="soumise à la relecture").is_visible()
        shot(curator, "4-translation-submitted")
        assert NEW_ENGLISH not in visitor_reads(server, teapot["english_url"])

        # An Éditeur approves the translation: /en/ shows it.
        approve_from_dashboard(editor, server, "Cast-iron teapot")
        shot(editor, "5-approved")
        assert NEW_ENGLISH in visitor_reads(server, teapot["english_url"])
    finally:
        curator.context.close()
        editor.context.close()
