from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model_string


class HeroMixin(models.Model):
    """A lead paragraph and a wide image at the top of a page, with its own panels."""

    lead = models.TextField(
        _("chapeau"),
        blank=True,
        help_text=_("Deux ou trois phrases en tête de page et dans les listes."),
    )
    hero_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image principale"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    hero_panels = [FieldPanel("lead"), FieldPanel("hero_image")]

    class Meta:
        abstract = True
