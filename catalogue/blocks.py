"""Blocks of a craft object's description."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from exhibition.blocks import RICH_TEXT_FEATURES, BodyBlock


class StoryBlock(blocks.StructBlock):
    """«Tradition et modernité»: what the technique keeps, and what it does today."""

    title = blocks.CharBlock(label=_("titre"), default=_("Tradition et modernité"))
    tradition = blocks.TextBlock(label=_("la tradition"))
    modernity = blocks.TextBlock(label=_("la modernité"))

    class Meta:
        icon = "history"
        template = "blocks/story_block.html"
        label = _("Tradition et modernité")
        description = _("Le geste transmis et son usage aujourd’hui, côte à côte.")
        preview_value = {
            "title": "Tradition et modernité",
            "tradition": "Le cuivre est coulé au sable depuis 400 ans à Takaoka.",
            "modernity": "Sa patine colorée habille aujourd’hui un plateau de service.",
        }


class ObjectDescriptionBlock(BodyBlock):
    story = StoryBlock()

    class Meta:
        template = "blocks/body_block.html"


__all__ = ["RICH_TEXT_FEATURES", "ObjectDescriptionBlock", "StoryBlock"]
