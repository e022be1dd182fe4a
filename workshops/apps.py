from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    name = "workshops"
    verbose_name = _("Ateliers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Workshops are pages of an edition: placed in its tree, listed on its page."""
        from core.page_context import register_page_context
        from exhibition.models import EditionPage
        from exhibition.page_tree import allow_children

        from . import page_context, signals

        allow_children(EditionPage, "workshops.WorkshopPage")
        register_page_context(EditionPage, page_context.edition_workshops_section)
        signals.connect()
