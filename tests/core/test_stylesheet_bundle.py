"""One stylesheet in production: collectstatic writes the site-wide stylesheets as one
hashed, compressed file, and pages link it alone (core/assets.py, core/static_storage.py,
core/templatetags/stylesheets.py)."""

import io
import json
import re

import pytest

from django.contrib.staticfiles import finders
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.template import Context, Template
from django.test import override_settings

from core.assets import SITE_STYLESHEETS, STYLESHEET_BUNDLE_NAME
from core.static_storage import BundleError, build_bundle, rebase_urls

PRODUCTION_STORAGE = "core.static_storage.BundlingCompressedManifestStaticFilesStorage"
PLAIN_STORAGE = "django.contrib.staticfiles.storage.StaticFilesStorage"


def storages(backend):
    from django.conf import settings

    return {**settings.STORAGES, "staticfiles": {"BACKEND": backend}}


def site_stylesheets(html):
    """The stylesheets a page links from static/css/ in <head>, in order."""
    head = html.split("</head>", 1)[0]
    return re.findall(r'<link rel="stylesheet" href="(/static/css/[^"]+)"', head)


def source(name):
    with open(finders.find(name), encoding="utf-8") as file:
        return file.read()


def served_from(root, **extra):
    """Production's static files storage over the collected files in `root`."""
    return override_settings(STATIC_ROOT=str(root), STORAGES=storages(PRODUCTION_STORAGE), **extra)


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """This project's static files collected once with production's storage."""
    root = tmp_path_factory.mktemp("static")
    with served_from(root):
        call_command("collectstatic", interactive=False, verbosity=0, stdout=io.StringIO())
    return root


def test_collectstatic_writes_the_stylesheets_as_one_hashed_compressed_file_in_order(collected):
    manifest = json.loads((collected / "staticfiles.json").read_text())["paths"]
    hashed = manifest[STYLESHEET_BUNDLE_NAME]
    assert re.fullmatch(r"css/site\.[0-9a-f]{12}\.css", hashed)

    expected = "".join(
        f"/* {name} */\n{css}" + ("" if css.endswith("\n") else "\n")
        for name, css in ((name, source(name)) for name in SITE_STYLESHEETS)
    )
    assert (collected / hashed).read_text(encoding="utf-8") == expected
    assert (collected / f"{hashed}.gz").exists()
    # Each file's rules, in cascade order.
    positions = [expected.index(f"/* {name} */\n") for name in SITE_STYLESHEETS]
    assert positions == sorted(positions)


def test_with_the_bundle_a_page_links_one_site_stylesheet_the_hashed_bundle(collected, client, db):
    manifest = json.loads((collected / "staticfiles.json").read_text())["paths"]
    # A storage made anew reads the manifest that collectstatic wrote, as a server does.
    with served_from(collected, STYLESHEET_BUNDLE=True):
        html = client.get("/fr/").content.decode()
    assert site_stylesheets(html) == [f"/static/{manifest[STYLESHEET_BUNDLE_NAME]}"]


@pytest.mark.django_db
def test_without_the_bundle_a_page_links_each_stylesheet_in_cascade_order(client):
    html = client.get("/fr/").content.decode()
    assert site_stylesheets(html) == [f"/static/{name}" for name in SITE_STYLESHEETS]


def test_a_bundle_missing_from_the_manifest_fails_loudly(tmp_path):
    # collectstatic never ran here: no manifest, as on a server whose release skipped it.
    tag = Template("{% load stylesheets %}{% stylesheets %}")
    with served_from(tmp_path, STYLESHEET_BUNDLE=True):
        with pytest.raises(
            ValueError, match="Missing staticfiles manifest entry for 'css/site.css'"
        ):
            tag.render(Context())


def test_the_bundle_setting_refuses_a_storage_that_does_not_write_it():
    tag = Template("{% load stylesheets %}{% stylesheets %}")
    with override_settings(STORAGES=storages(PLAIN_STORAGE), STYLESHEET_BUNDLE=True):
        with pytest.raises(ImproperlyConfigured, match="STYLESHEET_BUNDLE"):
            tag.render(Context())


def test_collectstatic_refuses_a_static_file_named_as_the_bundle(tmp_path):
    sources = tmp_path / "sources"
    (sources / "css").mkdir(parents=True)
    (sources / "css" / "site.css").write_text("body { color: red; }\n")
    with override_settings(
        STATIC_ROOT=str(tmp_path / "root"),
        STATICFILES_DIRS=[str(sources)],
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
        STORAGES=storages(PRODUCTION_STORAGE),
    ):
        with pytest.raises(BundleError, match="is a collected static file"):
            call_command(
                "collectstatic",
                interactive=False,
                verbosity=0,
                stdout=io.StringIO(),
                stderr=io.StringIO(),
            )


def test_relative_urls_are_rebased_on_the_bundle_and_others_kept():
    css = (
        'a { background: url("../img/a.svg"); } b { background: url(icon.svg#x); }'
        " c { background: url(data:image/png;base64,AA==); } d { background: url(/static/x.svg); }"
    )
    assert rebase_urls(css, "css/shop/cart.css") == (
        'a { background: url("img/a.svg"); } b { background: url(shop/icon.svg#x); }'
        " c { background: url(data:image/png;base64,AA==); } d { background: url(/static/x.svg); }"
    )
    assert rebase_urls(css, "css/base.css") == css
    with pytest.raises(BundleError, match="outside"):
        rebase_urls("a { background: url(../../../x.svg); }", "css/shop/cart.css")


def test_an_import_is_refused_as_browsers_would_ignore_it_inside_the_bundle():
    with pytest.raises(BundleError, match="@import"):
        build_bundle(lambda name: '@import "other.css";\n', names=["css/x.css"])
