"""The shop's legal pages: legal notice, terms of sale, privacy policy.

One page of each kind per language, below the home page; the footer and the checkout find
them by their kind (`exhibition/legal.py`), never by a slug an editor may change. The
version label is what an order records when its buyer accepts the terms of sale, so that
an order stays tied to the text its buyer read after the terms change.
"""

from wagtail_localize.fields import SynchronizedField

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from exhibition.blocks import RICH_TEXT_FEATURES

NOTICE_FEATURES = ["bold", "italic", "link"]


class NoticeBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(features=NOTICE_FEATURES, label=_("texte"))

    class Meta:
        icon = "warning"
        template = "blocks/notice_block.html"
        label = _("Avertissement")
        description = _("Un encadré mis en évidence, par exemple « Modèle à adapter ».")
        preview_value = {
            "text": "<p>Modèle à adapter : ce texte doit être relu avant toute mise en ligne.</p>"
        }


class FormTemplateBlock(blocks.StructBlock):
    """A form the reader copies and sends: the model withdrawal form of the terms of sale."""

    title = blocks.CharBlock(label=_("titre"))
    text = blocks.RichTextBlock(features=NOTICE_FEATURES + ["ul"], label=_("texte"))

    class Meta:
        icon = "form"
        template = "blocks/form_template_block.html"
        label = _("Formulaire type")
        description = _("Un formulaire à recopier, encadré : le formulaire de rétractation.")
        preview_value = {
            "title": "Formulaire de rétractation",
            "text": "<p>À l’attention de … : je vous notifie par la présente ma rétractation.</p>",
        }


class LegalBodyBlock(blocks.StreamBlock):
    notice = NoticeBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraphe"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Texte courant, avec ses intertitres."),
        preview_value="<h2>Article 1 – Objet</h2><p>Les présentes conditions…</p>",
    )
    form = FormTemplateBlock()

    class Meta:
        template = "blocks/body_block.html"


class LegalPage(Page):
    class Kind(models.TextChoices):
        MENTIONS = "mentions", _("Mentions légales")
        CGV = "cgv", _("Conditions générales de vente")
        CONFIDENTIALITE = "confidentialite", _("Politique de confidentialité")

    kind = models.CharField(_("nature"), max_length=20, choices=Kind.choices)
    version = models.CharField(
        _("version"),
        max_length=40,
        help_text=_(
            "Par exemple « 2026-12-06 » ou « v2 ». Changez-la quand le texte change sur le "
            "fond : chaque commande garde la version des conditions que l’acheteur a acceptée."
        ),
    )
    last_updated = models.DateField(_("mis à jour le"))
    body = StreamField(LegalBodyBlock(), verbose_name=_("texte"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("version"), FieldPanel("last_updated")]),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    # A translation is the same text in another language: same kind, and the version and
    # date of the French it was made from, updated when it is synchronised with it.
    override_translatable_fields = [
        SynchronizedField("kind", overridable=False),
        SynchronizedField("version", overridable=False),
    ]

    parent_page_types = ["exhibition.HomePage"]
    subpage_types = []

    og_type = "article"

    class Meta:
        verbose_name = _("page légale")
        verbose_name_plural = _("pages légales")

    def og_image(self, context=None):
        return None  # no picture of its own: shares show the site's default one

    def clean(self):
        super().clean()
        others = LegalPage.objects.filter(locale_id=self.locale_id, kind=self.kind)
        if self.kind and self.locale_id and others.exclude(pk=self.pk).exists():
            raise ValidationError(
                {
                    "kind": _(
                        "Cette langue a déjà sa page « %(kind)s » : modifiez-la plutôt que "
                        "d’en créer une seconde."
                    )
                    % {"kind": self.get_kind_display()}
                }
            )
