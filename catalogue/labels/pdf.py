"""A4 sheets of labels, drawn with reportlab: text on the left, the QR code on the right.

Each label is laid out inside its own padding: the title on at most a few lines, then the
Japanese name, collectivité and material on one line each, shortened with «…» when too
long (never running into the QR code or the next label); price and SKU sit at the
bottom. Nothing is drawn outside the label, so die-cut stock needs no cutting guides.
"""

import io
import re
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from core.money import format_price

from .fonts import FontSet, label_fonts
from .formats import A4_MM, LabelFormat
from .qr import draw_qr

ELLIPSIS = "…"
LEADING = 1.22  # line height, as a multiple of the type size
# The QR code's square stops this short of the label's right edge; its own quiet zone
# (4 modules, 3 mm or more) keeps the code clear of the edge and of the text.
QR_EDGE = 2 * mm
TEXT_TO_QR = 1 * mm


@dataclass(frozen=True)
class Label:
    title: str
    japanese_name: str
    collectivite: str
    material: str
    price: Decimal
    sku: str
    url: str


def labels_pdf(labels: list[Label], label_format: LabelFormat, *, title: str = "") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(A4_MM[0] * mm, A4_MM[1] * mm), pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Tradition et modernité — étiquettes")
    fonts = label_fonts()
    for index, label in enumerate(labels):
        if index and index % label_format.per_sheet == 0:
            canvas.showPage()
        x, y = label_format.origin(index)
        _draw_label(canvas, fonts, label, label_format, x * mm, y * mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_label(canvas, fonts: FontSet, label: Label, fmt: LabelFormat, x: float, y: float):
    width, height = fmt.width * mm, fmt.height * mm
    qr = fmt.qr_size * mm
    qr_x = x + width - QR_EDGE - qr
    draw_qr(canvas, label.url, x=qr_x, y=y + (height - qr) / 2, size=qr)

    left = x + fmt.padding_x * mm
    text_width = qr_x - TEXT_TO_QR - left
    top = y + height - fmt.padding_y * mm
    bottom = y + fmt.padding_y * mm

    # Bottom up: SKU, then the price above it.
    sku_line = bottom + 0.2 * fmt.text_size
    _draw(
        canvas,
        fonts,
        _shorten(fonts, label.sku, text_width, fmt.text_size),
        left,
        sku_line,
        fmt.text_size,
    )
    price_line = sku_line + fmt.text_size * LEADING
    price = format_price(label.price, language="fr")
    _draw(canvas, fonts, price, left, price_line, fmt.price_size, bold=True)
    lowest_top_line = price_line + fmt.price_size * LEADING

    # Top down: one line each for the Japanese name, collectivité and material, and the
    # title on as many lines as remain, up to the format's number.
    details = [
        (label.japanese_name, fmt.japanese_size),
        (label.collectivite, fmt.text_size),
        (label.material, fmt.text_size),
    ]
    details = [(text, size) for text, size in details if text]
    room = top - lowest_top_line - sum(size * LEADING for _text, size in details)
    title_lines = max(1, min(fmt.title_lines, int(room // (fmt.title_size * LEADING))))
    lines = [
        (line, fmt.title_size, True)
        for line in wrap(fonts, label.title, text_width, fmt.title_size, title_lines, bold=True)
    ]
    lines += [(_shorten(fonts, text, text_width, size), size, False) for text, size in details]
    baseline = top
    for text, size, bold in lines:
        baseline -= size * LEADING * (0.85 if baseline == top else 1)
        if baseline < lowest_top_line:
            break
        _draw(canvas, fonts, text, left, baseline, size, bold=bold)


def _draw(canvas, fonts: FontSet, text: str, x: float, y: float, size: float, bold=False):
    for name, part in fonts.runs(text, bold=bold):
        canvas.setFont(name, size)
        canvas.drawString(x, y, part)
        x += canvas.stringWidth(part, name, size)


def wrap(fonts: FontSet, text: str, width: float, size: float, max_lines: int, *, bold=False):
    """`text` on at most `max_lines` lines of `width`, cut between words (a word longer
    than a line is cut where the line ends); what does not fit ends the last line with «…»."""
    words = words_of(text)
    lines: list[str] = []
    while words and len(lines) < max_lines:
        line = words.pop(0)
        if fonts.width(line, size, bold=bold) > width:
            fits = _longest_fitting(fonts, line, width, size, bold=bold)
            line, rest = line[:fits], line[fits:]
            words.insert(0, rest)
        while words and fonts.width(f"{line} {words[0]}", size, bold=bold) <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        lines[-1] = _shorten(
            fonts, f"{lines[-1]} {' '.join(words)}", width, size, bold=bold, force=True
        )
    return lines


def words_of(text: str) -> list[str]:
    """Words separated by ordinary spaces only: a non-breaking space keeps «, », :, ?
    with their word, as French typography wants, even when the text was typed without it."""
    text = re.sub(r"«\s+", "«\u00a0", text)
    text = re.sub(r"\s+([»:;!?])", "\u00a0\\1", text)
    return re.split(r"[ \t\r\n]+", text.strip())


def _longest_fitting(fonts: FontSet, text: str, width: float, size: float, *, bold=False):
    fits = len(text)
    while fits > 1 and fonts.width(text[:fits], size, bold=bold) > width:
        fits -= 1
    return fits


def _shorten(fonts: FontSet, text: str, width: float, size: float, *, bold=False, force=False):
    """`text` if it fits `width`, else cut (at a space when one is near) and ended by «…»."""
    text = " ".join(words_of(text))
    if not force and fonts.width(text, size, bold=bold) <= width:
        return text
    cut = text
    while cut and fonts.width(cut.rstrip(" ,;:–-") + ELLIPSIS, size, bold=bold) > width:
        cut = cut[:-1]
    space = cut.rfind(" ")
    if space > len(cut) * 0.6:  # a word cut near its start reads worse than a shorter line
        cut = cut[:space]
    return cut.rstrip(" ,;:–-") + ELLIPSIS
