from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """What the site search matches an object page by, one row per live object page.

    Terms are space-separated and space-padded (« kutani yaki 九谷 »), so that « term »
    is found by a LIKE on SQLite; on PostgreSQL a generated column `tsv`,
    to_tsvector('simple', …) of the three weights, and its GIN index serve the match
    (migration 0005; not a model field, Django never writes it). Weights rank a result: A (title,
    Japanese name, SKU) before B (craft, material, collectivité, artisan, tags, and the
    names of the object's translations) before C (the texts). Built by
    `catalogue.search.documents`; never edited by hand.
    """

    page = models.OneToOneField(
        "catalogue.CraftObjectPage",
        on_delete=models.CASCADE,
        related_name="search_document",
        verbose_name=_("objet"),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("langue")
    )
    # The page's title, copied: results are ranked and paginated on this table alone,
    # ties broken by title, without reading the pages' table.
    title = models.CharField(_("titre"), max_length=255, blank=True)
    terms_a = models.TextField(_("termes du titre"), blank=True)
    terms_b = models.TextField(_("termes de l’artisanat et du matériau"), blank=True)
    terms_c = models.TextField(_("termes des textes"), blank=True)
    # Latin words of the title, craft and material as written («Kutani»): what a misspelt
    # query word is corrected to.
    vocabulary = models.TextField(_("vocabulaire"), blank=True)
    updated_at = models.DateTimeField(_("mis à jour le"), auto_now=True)

    class Meta:
        verbose_name = _("document de recherche")
        verbose_name_plural = _("documents de recherche")
        indexes = [models.Index(fields=["locale"], name="search_document_locale")]

    def __str__(self):
        return f"{self.page_id} ({self.locale_id})"
