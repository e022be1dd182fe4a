"""Production's static files storage: WhiteNoise's, plus one stylesheet for the whole site.

`collectstatic` first writes `STYLESHEET_BUNDLE_NAME` (core/assets.py), the site-wide
stylesheets concatenated in cascade order, into STATIC_ROOT, then hands it to the manifest
storage with the collected files: hashed (css/site.<hash>.css), listed in the manifest and
compressed like any other file. `{% stylesheets %}` links it when STYLESHEET_BUNDLE is on.

The bundle lives in css/, the stylesheets in css/ and css/shop/: a relative url() is
rewritten relative to the bundle (then hashed by the manifest storage like any url()). An
@import or @charset would be ignored by browsers past the top of the bundle: refused.
"""

import posixpath
import re

from whitenoise.storage import CompressedManifestStaticFilesStorage

from django.core.files.base import ContentFile

from core.assets import SITE_STYLESHEETS, STYLESHEET_BUNDLE_NAME

# As Django's ManifestStaticFilesStorage finds them (its css patterns).
URL = re.compile(r"""url\((?P<quote>['"]?)\s*(?P<url>.*?)(?P=quote)\)""")
AT_RULES_FIRST_ONLY = re.compile(r"@(?:import|charset)\b", re.IGNORECASE)
ABSOLUTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/|#)", re.IGNORECASE)


class BundleError(ValueError):
    """A stylesheet that can't go into the bundle as it is."""


def rebase_urls(css, name, bundle_name=STYLESHEET_BUNDLE_NAME):
    """`css` from the static file `name`, its relative url()s made relative to `bundle_name`."""
    source_dir, bundle_dir = posixpath.dirname(name), posixpath.dirname(bundle_name)
    if source_dir == bundle_dir:
        return css

    def rebase(match):
        url = match["url"].strip()
        if not url or ABSOLUTE.match(url):
            return match[0]
        path, suffix = re.match(r"([^?#]*)(.*)", url).groups()
        target = posixpath.normpath(posixpath.join(source_dir, path))
        if target.startswith("../"):
            raise BundleError(f"{name}: url({url}) points outside the static files.")
        quote = match["quote"]
        return f"url({quote}{posixpath.relpath(target, bundle_dir or '.')}{suffix}{quote})"

    return URL.sub(rebase, css)


def build_bundle(read, names=SITE_STYLESHEETS, bundle_name=STYLESHEET_BUNDLE_NAME):
    """The stylesheets `names` (`read(name)` gives one's text) as one, in order, each
    headed by a comment naming its file."""
    parts = []
    for name in names:
        css = read(name)
        if AT_RULES_FIRST_ONLY.search(css):
            raise BundleError(
                f"{name} has an @import or @charset rule, which browsers ignore past the "
                f"top of {bundle_name}: inline the imported file or drop the rule."
            )
        css = rebase_urls(css, name, bundle_name)
        parts.append(f"/* {name} */\n{css}" + ("" if css.endswith("\n") else "\n"))
    return "".join(parts)


class StylesheetBundleMixin:
    """Writes the stylesheet bundle into the storage before the manifest storage's
    post-processing, which then hashes (and WhiteNoise compresses) it with the rest."""

    def post_process(self, paths, dry_run=False, **options):
        if not dry_run:
            try:
                paths = self._add_stylesheet_bundle(paths)
            except (BundleError, KeyError, UnicodeDecodeError) as exc:
                # collectstatic reports « Post-processing 'css/site.css' failed! » and raises.
                yield STYLESHEET_BUNDLE_NAME, None, exc
                return
        yield from super().post_process(paths, dry_run=dry_run, **options)

    def _add_stylesheet_bundle(self, paths):
        if STYLESHEET_BUNDLE_NAME in paths:
            raise BundleError(
                f"{STYLESHEET_BUNDLE_NAME} is a collected static file: collectstatic writes "
                "the stylesheet bundle under that name (core/assets.py). Rename the file."
            )
        missing = [name for name in SITE_STYLESHEETS if name not in paths]
        if missing:
            raise KeyError(f"Stylesheets of core/assets.py not found: {', '.join(missing)}")

        def read(name):
            storage, path = paths[name]
            with storage.open(path) as file:
                return file.read().decode("utf-8")

        content = build_bundle(read)
        if self.exists(STYLESHEET_BUNDLE_NAME):
            self.delete(STYLESHEET_BUNDLE_NAME)
        saved = self.save(STYLESHEET_BUNDLE_NAME, ContentFile(content.encode()))
        assert saved == STYLESHEET_BUNDLE_NAME, saved
        # The manifest storage reads each file from its source storage: this one, here.
        return {**paths, STYLESHEET_BUNDLE_NAME: (self, STYLESHEET_BUNDLE_NAME)}


class BundlingCompressedManifestStaticFilesStorage(
    StylesheetBundleMixin, CompressedManifestStaticFilesStorage
):
    """WhiteNoise's hashed and compressed files, with the stylesheet bundle (production)."""
