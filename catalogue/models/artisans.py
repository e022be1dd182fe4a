from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin
from wagtail.search import index


class Artisan(TranslatableMixin, index.Indexed, models.Model):
    """An artisan or a workshop that makes the objects."""

    name = models.CharField(_("nom"), max_length=160)
    name_ja = models.CharField(_("nom japonais"), max_length=160, blank=True)
    slug = models.SlugField(_("identifiant d’URL"), max_length=80)
    place = models.CharField(
        _("lieu"), max_length=160, help_text=_("Ville ou village de l’atelier.")
    )
    collectivite = models.ForeignKey(
        "exhibition.CollectivitePage",
        verbose_name=_("collectivité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="artisans",
    )
    biography = models.TextField(_("biographie"), blank=True)
    portrait = models.ForeignKey(
        "exhibition.ExhibitionImage",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    search_fields = [index.SearchField("name"), index.SearchField("name_ja")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("artisan ou atelier")
        verbose_name_plural = _("artisans et ateliers")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_artisan_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name
