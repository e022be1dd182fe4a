"""The one setting that concerns every page: whether the site shows the demo's content."""

import copy

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from core.shared_rows import shared_rows


@register_setting(icon="warning")
class DemoContentSettings(BaseGenericSetting):
    """Whether the content is the demo's, whose objects, artisans, prices, workshops'
    details and photos are illustrative: every page then says so (templates/includes/
    demo_notice.html), object and workshop pages near their price, and /demonstration/
    tells what is real. A setting of the content rather than of the server: it is off on
    a new site, and `seed_demo` turns it on when it builds the demo, wherever that runs.
    Saving it changes the content generation (core/apps.py), so no cached page keeps the
    old state."""

    show_notice = models.BooleanField(
        _("contenu de démonstration"),
        default=False,
        help_text=_(
            "Coché, chaque page annonce un site de démonstration dont les objets, artisans, "
            "prix, ateliers et photos sont illustratifs. À décocher dès que le contenu est "
            "réel."
        ),
    )

    panels = [FieldPanel("show_notice")]

    @classmethod
    def _get_or_create(cls):
        # Read by every page, cold ones included, and saving it starts a new content
        # generation (core/apps.py): each process reads it once per generation, as the
        # rows every page shares (core/shared_rows.py). A copy, as the admin edits it.
        rows = shared_rows(cls)
        if rows:
            return copy.copy(rows[min(rows)])
        return super()._get_or_create()

    class Meta:
        verbose_name = _("contenu de démonstration")
