"""`{% stylesheets %}`: the site-wide stylesheets of core/assets.py, as <link> elements.

With STYLESHEET_BUNDLE (production), the one bundle that collectstatic wrote (core/
static_storage.py); otherwise each file, in cascade order, readable while editing.
"""

from django import template
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import ImproperlyConfigured
from django.templatetags.static import static
from django.utils.html import format_html_join

from core.assets import SITE_STYLESHEETS, STYLESHEET_BUNDLE_NAME
from core.static_storage import StylesheetBundleMixin

register = template.Library()


@register.simple_tag
def stylesheets():
    names = SITE_STYLESHEETS
    if getattr(settings, "STYLESHEET_BUNDLE", False):
        if not isinstance(staticfiles_storage, StylesheetBundleMixin):
            # Any other storage would link a file that nothing writes: pages without style.
            raise ImproperlyConfigured(
                "STYLESHEET_BUNDLE needs a staticfiles storage that writes the bundle, e.g. "
                "core.static_storage.BundlingCompressedManifestStaticFilesStorage."
            )
        # The manifest storage raises « Missing staticfiles manifest entry for
        # 'css/site.css' » when collectstatic has not written it.
        names = (STYLESHEET_BUNDLE_NAME,)
    return format_html_join(
        "\n  ", '<link rel="stylesheet" href="{}">', ((static(name),) for name in names)
    )
