from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin
from wagtail.search import index


class CraftTradition(TranslatableMixin, index.Indexed, models.Model):
    """A named craft of a collectivité, e.g. «Kutani-yaki / 九谷焼» in Kanazawa."""

    name = models.CharField(_("nom"), max_length=120, help_text=_("Par exemple : Kutani-yaki"))
    name_ja = models.CharField(
        _("nom japonais"), max_length=120, help_text=_("Par exemple : 九谷焼")
    )
    name_fr = models.CharField(
        _("nom français"),
        max_length=160,
        blank=True,
        help_text=_("Par exemple : porcelaine de Kutani"),
    )
    slug = models.SlugField(_("identifiant d’URL"), max_length=80)
    collectivite = models.ForeignKey(
        "exhibition.CollectivitePage",
        verbose_name=_("collectivité"),
        on_delete=models.PROTECT,
        related_name="crafts",
    )
    material = models.ForeignKey(
        "catalogue.Material",
        verbose_name=_("matériau"),
        on_delete=models.PROTECT,
        related_name="crafts",
    )
    description = models.TextField(_("description"), blank=True)

    search_fields = [
        index.SearchField("name"),
        index.SearchField("name_ja"),
        index.SearchField("name_fr"),
        index.SearchField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("artisanat traditionnel")
        verbose_name_plural = _("artisanats traditionnels")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_craft_slug_per_locale")
        ]

    def __str__(self):
        return f"{self.name} / {self.name_ja}"
