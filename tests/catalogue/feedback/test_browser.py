"""A visitor on a phone, in Japanese, gives their opinion of an object and is thanked."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"
PHONE = {"width": 390, "height": 844}


def test_a_japanese_visitor_fills_the_form_on_a_phone_and_is_thanked(chromium, site_server):
    ARTIFACTS.mkdir(exist_ok=True)
    # No smooth scrolling: the jump to #avis is measured at once.
    context = chromium.new_context(viewport=PHONE, locale="ja-JP", reduced_motion="reduce")
    tab = context.new_page()
    errors = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        tab.goto(site_server.url + "/ja/2021-shoku/kanazawa/")
        tab.goto(site_server.url + tab.locator("article a").first.get_attribute("href") + "#avis")
        section = tab.locator("#avis")
        assert section.is_visible()
        # The anchor of a scan lands on the form, in view at once.
        top = section.evaluate("el => el.getBoundingClientRect().top")
        assert -2 <= top < PHONE["height"] / 2
        overflow = tab.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
        # Each answer is a target of 24 px at least (WCAG 2.5.8).
        heights = section.locator("label.feedback-choice").evaluate_all(
            "els => els.map(el => el.getBoundingClientRect().height)"
        )
        assert heights and min(heights) >= 24
        tab.locator("#avis-colour_4").check()  # the fifth: «very much»
        tab.locator("label[for='avis-size_1']").click()
        tab.locator("#avis-remark").fill("色がとてもきれいです。")
        tab.screenshot(path=str(ARTIFACTS / "feedback-ja-phone.png"), full_page=False)
        tab.locator(".feedback__submit").click()
        tab.wait_for_load_state()
        assert "/ja/avis/" in tab.url and tab.url.endswith("/merci/")
        assert tab.locator("html").get_attribute("lang") == "ja"
        assert tab.locator("h1").count() == 1
        tab.screenshot(path=str(ARTIFACTS / "feedback-ja-thanks.png"), full_page=True)
        # The site server is the whole session's: other tests leave feedback there too.
        rows = site_server.query(
            "SELECT language, source, colour, size FROM catalogue_visitorfeedback WHERE remark = ?",
            "色がとてもきれいです。",
        )
        assert rows == [("ja", "web", 5, "right")]
        assert not errors, errors
    finally:
        context.close()
