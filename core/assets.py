"""The site-wide stylesheets, one list for the page template and the deploy-time bundle.

`templates/base.html` links them through `{% stylesheets %}` (core/templatetags/
stylesheets.py): one by one in development and tests, readable while editing; as the one
bundle `STYLESHEET_BUNDLE_NAME` in production (`STYLESHEET_BUNDLE`), which `collectstatic`
writes, hashes and compresses (core/static_storage.py). One file instead of twenty: on
HTTP/1.1 each stylesheet was a request holding the first paint (docs/performance.md,
« Une seule feuille de style »).

In cascade order: a later file may override an earlier one (static/css/base.css). A
stylesheet that only some pages need stays in their `{% block extra_head %}`.
"""

SITE_STYLESHEETS = (
    "css/base.css",
    "css/header.css",
    "css/layout.css",
    "css/cards.css",
    "css/home.css",
    "css/exhibition.css",
    "css/archive.css",
    "css/materials.css",
    "css/catalogue.css",
    "css/object.css",
    "css/search.css",
    "css/footer.css",
    "css/preferences.css",
    "css/shop/base.css",
    "css/shop/cart.css",
    "css/shop/checkout.css",
    "css/shop/payment.css",
    "css/language.css",
    "css/japan_map.css",
    "css/demo.css",
)

# Written by collectstatic, never a source file (the storage refuses one of that name).
STYLESHEET_BUNDLE_NAME = "css/site.css"
