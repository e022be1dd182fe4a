from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin
from wagtail.search import index


class Material(TranslatableMixin, index.Indexed, models.Model):
    """A material category (laque, porcelaine…): content, renamed or added by curators."""

    name = models.CharField(_("nom"), max_length=120)
    name_ja = models.CharField(_("nom japonais"), max_length=120)
    romaji = models.CharField(_("transcription"), max_length=120, blank=True)
    slug = models.SlugField(_("identifiant d’URL"), max_length=80, allow_unicode=False)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("ordre"), default=0)

    search_fields = [index.SearchField("name"), index.SearchField("name_ja")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("matériau")
        verbose_name_plural = _("matériaux")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_material_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name
