"""Crawl the seeded site from each home page: every internal link answers, every page parses.

html5lib in strict mode raises on any HTML5 parse error (stray or unclosed tags,
duplicate attributes…), which is what "valid HTML5" means for a browser.
"""

from collections import deque
from urllib.parse import urldefrag, urlparse

import html5lib
import pytest
from html5lib.html5parser import ParseError

pytestmark = pytest.mark.django_db

# Pages reached once per type are enough; the catalogue's filter links multiply fast.
MAX_PAGES = 400
SKIP_PREFIXES = ("/admin/", "/django-admin/", "/media/", "/static/", "/documents/")


def links_of(document):
    for element in document.iter():
        href = element.get("href")
        if href and element.tag.endswith("}a"):
            yield href


@pytest.mark.parametrize("language", ["fr", "en", "ja"])
def test_every_internal_link_answers_and_every_page_is_valid_html(client, language):
    parser = html5lib.HTMLParser(strict=True)
    queue, seen, broken = deque([f"/{language}/"]), set(), []
    while queue and len(seen) < MAX_PAGES:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200:
            broken.append((url, response.status_code))
            continue
        if "text/html" not in response.get("Content-Type", ""):
            continue
        try:
            document = parser.parse(response.content.decode())
        except ParseError as error:
            pytest.fail(f"{url} is not valid HTML5: {error}")
        for href in links_of(document):
            target = urlparse(urldefrag(href)[0])
            if target.scheme or target.netloc or not target.path.startswith("/"):
                continue  # external, mailto:, or relative-to-query links
            if target.path.startswith(SKIP_PREFIXES) or target.query:
                continue
            queue.append(target.path)
    assert not broken, broken
    assert len(seen) > 50
