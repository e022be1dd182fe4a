"""«Traduire cette page» for whoever may edit the page.

wagtail-localize asks for one global permission («submit_translation»), which would let a
collectivité's curator translate every collectivité's pages. This view takes the place
of wagtail-localize's own at the same address (its URL is registered first, see
wagtail_hooks.py) and asks instead what Wagtail asks to edit the page: a curator starts
the translation of their own collectivité's pages, an Éditeur of any page.

The new translation is a draft, whoever starts it: WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE
is off (config/settings/base.py), so a page is never put online in English still reading
French; it goes online when its translation is reviewed.
"""

from wagtail_localize.components import TranslationComponentManager
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitTranslationView,
)

from django.core.exceptions import PermissionDenied

from exhibition.roles import user_can_translate


class SubmitOwnPageTranslationView(SubmitPageTranslationView):
    def dispatch(self, request, *args, **kwargs):
        self.object = self.get_object()
        if not user_can_translate(request.user, self.object):
            raise PermissionDenied
        self.components = TranslationComponentManager.from_request(
            request, source_object_instance=self.object
        )
        # Past wagtail-localize's dispatch, which asks the global permission: Django's.
        return super(SubmitTranslationView, self).dispatch(request, *args, **kwargs)
