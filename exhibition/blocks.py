"""StreamField blocks shared by the exhibition's pages (regions, tourism, editions)."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("citation"))
    attribution = blocks.CharBlock(label=_("auteur ou source"), required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Citation")
        description = _("Une parole d’artisan ou de conservateur, mise en valeur.")
        preview_value = {
            "quote": "Le laque ne se presse pas : chaque couche demande une journée.",
            "attribution": "Un maître laqueur de Fukui",
        }


class PlaceBlock(blocks.StructBlock):
    """A sight, a dish or a drink: named in French and in Japanese."""

    name = blocks.CharBlock(label=_("nom"))
    name_ja = blocks.CharBlock(label=_("nom japonais"), required=False)
    text = blocks.TextBlock(label=_("texte"))
    image = ImageBlock(label=_("image"), required=False)

    class Meta:
        icon = "site"
        template = "blocks/place_block.html"
        label = _("Lieu ou spécialité")
        description = _("Un lieu à visiter, un plat ou une boisson de la région.")
        preview_value = {
            "name": "Jardin Kenroku-en",
            "name_ja": "兼六園",
            "text": "L’un des trois plus beaux jardins du Japon.",
        }


class SeasonBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("nom"))
    name_ja = blocks.CharBlock(label=_("nom japonais"), required=False)
    when = blocks.CharBlock(label=_("quand"), help_text=_("Par exemple : « début juin »."))
    text = blocks.TextBlock(label=_("texte"))

    class Meta:
        icon = "date"
        template = "blocks/season_block.html"
        label = _("Saison ou fête")
        description = _("Une fête ou un moment de l’année qui vaut le voyage.")
        preview_value = {
            "name": "Hyakumangoku matsuri",
            "name_ja": "百万石まつり",
            "when": "début juin",
            "text": "Grand défilé historique dans les rues de Kanazawa.",
        }


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("intitulé"))
    url = blocks.URLBlock(label=_("adresse"))

    class Meta:
        icon = "link"
        template = "blocks/link_block.html"
        label = _("Lien officiel")
        description = _("Un site officiel (office de tourisme, préfecture, ville).")
        preview_value = {
            "label": "Japan National Tourism Organization",
            "url": "https://www.japan.travel/fr/",
        }


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraphe"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Texte courant."),
        preview_value="<p>Un texte de présentation.</p>",
    )
    quote = QuoteBlock()
    image = ImageBlock(label=_("Image"), template="blocks/image_block.html")

    class Meta:
        template = "blocks/body_block.html"
