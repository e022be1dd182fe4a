"""An object's description (a StreamField) as three spreadsheet cells, and back.

«description» is the text, paragraphs separated by a blank line; «tradition» and
«modernite» are the two sides of the «Tradition et modernité» block. A spreadsheet holds
plain text, so rich text is read as text: an unchanged cell leaves the description as it is
(links and emphasis included), a changed cell rewrites its text. Blocks that have no column
(quotes, images) are kept, after the text and the story.
"""

import html
import re

from django.conf import settings
from django.utils import translation
from django.utils.html import escape, strip_tags

from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText

from catalogue.blocks import StoryBlock
from catalogue.models import CraftObjectPage

KEYS = ("description", "tradition", "modernite")
BLANK_LINE = re.compile(r"\n[ \t]*\n")


def description_cells(stream) -> dict[str, str]:
    """What the export writes, and what the import compares a row with."""
    paragraphs, story = [], None
    for block in stream:
        if block.block_type == "paragraph":
            paragraphs.append(plain_text(block.value.source))
        elif block.block_type == "story" and story is None:
            story = block.value
    return {
        "description": "\n\n".join(text for text in paragraphs if text),
        "tradition": story["tradition"] if story else "",
        "modernite": story["modernity"] if story else "",
    }


def description_stream(cells: dict[str, str], current=()) -> StreamValue:
    """The description for `cells`, keeping the blocks of `current` that have no column.

    Rewritten blocks keep their ids, which comments and translations hang on."""
    paragraph = next((block for block in current if block.block_type == "paragraph"), None)
    story = next((block for block in current if block.block_type == "story"), None)
    blocks = []
    if cells["description"]:
        text = RichText(paragraphs_html(cells["description"]))
        blocks.append(("paragraph", text, paragraph.id if paragraph else None))
    if cells["tradition"] or cells["modernite"]:
        value = {
            "title": story.value["title"] if story else _story_title(),
            "tradition": cells["tradition"],
            "modernity": cells["modernite"],
        }
        blocks.append(("story", value, story.id if story else None))
    blocks.extend(
        (block.block_type, block.value, block.id)
        for block in current
        if block.block_type != "paragraph" and block is not story
    )
    stream_block = CraftObjectPage._meta.get_field("description").stream_block
    return StreamValue(stream_block, [_bound(stream_block, *block) for block in blocks])


def _bound(stream_block, block_type, value, block_id):
    child = stream_block.child_blocks[block_type]
    if isinstance(value, dict):
        value = child.to_python(value)
    return (block_type, value, block_id)


def paragraphs_html(text: str) -> str:
    paragraphs = [part.strip() for part in BLANK_LINE.split(text) if part.strip()]
    return "".join(
        "<p>{}</p>".format("<br/>".join(escape(line) for line in paragraph.split("\n")))
        for paragraph in paragraphs
    )


def plain_text(source: str) -> str:
    text = re.sub(r"<br\s*/?>", "\n", source)
    text = re.sub(r"</(p|h[1-6]|li|blockquote)>", "\n\n", text)
    text = html.unescape(strip_tags(text))
    lines = "\n".join(line.strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", lines).strip()


def _story_title() -> str:
    # Objects are French pages (the shop sells those), whatever the curator's admin language.
    with translation.override(settings.LANGUAGE_CODE):
        return str(StoryBlock().child_blocks["title"].meta.default)
