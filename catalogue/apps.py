from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "catalogue"
    verbose_name = _("Catalogue")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """The catalogue builds on the exhibition: it places its pages in the exhibition's
        tree, adds its objects to the exhibition's pages, gives its snippets to the
        Éditeurs, and says which of its models change the public content."""
        from core.caching import content_changes_with
        from core.page_context import register_page_context
        from exhibition.models import CollectivitePage, EditionPage, ExhibitorPage, HomePage
        from exhibition.page_tree import allow_children
        from exhibition.roles import editors_manage_snippets

        from . import page_context, signals  # noqa: F401
        from .models import Artisan, CraftTradition, GlossaryTerm, Material

        allow_children(EditionPage, "catalogue.CataloguePage")
        allow_children(ExhibitorPage, "catalogue.CraftObjectPage")
        allow_children(HomePage, "catalogue.MaterialIndexPage")
        register_page_context(CollectivitePage, page_context.collectivite_objects)
        register_page_context(ExhibitorPage, page_context.exhibitor_objects)
        register_page_context(EditionPage, page_context.edition_objects)
        register_page_context(HomePage, page_context.home_objects)
        editors_manage_snippets(
            "catalogue.material",
            "catalogue.crafttradition",
            "catalogue.artisan",
            "catalogue.glossaryterm",
            # Read only through catalogue/feedback/admin_views.py: the Éditeurs see it all.
            "catalogue.visitorfeedback",
        )
        content_changes_with(Material, CraftTradition, Artisan, GlossaryTerm)
