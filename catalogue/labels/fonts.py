"""Fonts of the labels: TrueType files embedded (subset) in the PDF, so that the sheet
prints the same from any computer or print shop.

reportlab embeds TrueType outlines only, not the CFF ones of Noto CJK (.ttc/.otf), so
Japanese is drawn with the first Japanese TrueType font found among Debian's packages
below. Without any, reportlab's built-in HeiseiKakuGo-W5 names a standard Japanese font
that the PDF reader supplies (Acrobat, Preview, Chrome's reader do): legible, not embedded.
Latin text uses DejaVu Sans (macrons of Ōsaka, Kyūshū included), else Bitstream Vera,
which ships with reportlab itself. A character no font has is drawn without its accent.
"""

import functools
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

_REPORTLAB_FONTS = Path(reportlab.__file__).parent / "fonts"
_DEBIAN = Path("/usr/share/fonts")

# (regular, bold), first found wins.
LATIN_FONTS = [
    (  # Debian fonts-dejavu-core
        _DEBIAN / "truetype/dejavu/DejaVuSans.ttf",
        _DEBIAN / "truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    (  # Debian fonts-liberation
        _DEBIAN / "truetype/liberation/LiberationSans-Regular.ttf",
        _DEBIAN / "truetype/liberation/LiberationSans-Bold.ttf",
    ),
    (_REPORTLAB_FONTS / "Vera.ttf", _REPORTLAB_FONTS / "VeraBd.ttf"),  # always there
]
JAPANESE_FONTS = [
    _DEBIAN / "opentype/ipaexfont-gothic/ipaexg.ttf",  # fonts-ipaexfont-gothic
    _DEBIAN / "opentype/ipafont-gothic/ipag.ttf",  # fonts-ipafont-gothic
    _DEBIAN / "truetype/vlgothic/VL-Gothic-Regular.ttf",  # fonts-vlgothic
    _DEBIAN / "truetype/droid/DroidSansFallbackFull.ttf",  # fonts-droid-fallback
]
JAPANESE_CID_FONT = "HeiseiKakuGo-W5"


@dataclass(frozen=True)
class Font:
    name: str
    glyphs: frozenset[int] | None  # None: a CID font, assumed to cover Japanese

    def has(self, char: str) -> bool:
        if self.glyphs is None:
            return _is_japanese(char)
        return ord(char) in self.glyphs


@dataclass(frozen=True)
class FontSet:
    regular: Font
    bold: Font
    japanese: Font

    def runs(self, text: str, *, bold: bool = False) -> list[tuple[str, str]]:
        """`text` cut into (font name, text) runs, each drawn by a font that has it."""
        latin = self.bold if bold else self.regular
        runs: list[tuple[str, str]] = []
        for char in text:
            font = self._font_for(char, latin)
            if font is None:
                char = _without_accent(char)
                font = latin
            if runs and runs[-1][0] == font.name:
                runs[-1] = (font.name, runs[-1][1] + char)
            else:
                runs.append((font.name, char))
        return runs

    def width(self, text: str, size: float, *, bold: bool = False) -> float:
        return sum(
            pdfmetrics.stringWidth(part, name, size) for name, part in self.runs(text, bold=bold)
        )

    def _font_for(self, char: str, latin: Font) -> Font | None:
        if latin.has(char) or char in " \u00a0":
            return latin
        if self.japanese.has(char):
            return self.japanese
        return None


@functools.cache
def label_fonts() -> FontSet:
    regular_path, bold_path = next(
        (regular, bold) for regular, bold in LATIN_FONTS if regular.exists() and bold.exists()
    )
    regular = _truetype("LabelSans", regular_path)
    bold = _truetype("LabelSans-Bold", bold_path)
    japanese_path = next((path for path in JAPANESE_FONTS if path.exists()), None)
    if japanese_path is not None:
        japanese = _truetype("LabelJapanese", japanese_path)
    else:
        pdfmetrics.registerFont(UnicodeCIDFont(JAPANESE_CID_FONT))
        japanese = Font(JAPANESE_CID_FONT, None)
    return FontSet(regular=regular, bold=bold, japanese=japanese)


def _truetype(name: str, path: os.PathLike) -> Font:
    font = TTFont(name, str(path))
    pdfmetrics.registerFont(font)
    return Font(name, frozenset(font.face.charToGlyph))


def _is_japanese(char: str) -> bool:
    code = ord(char)
    return (
        0x3000 <= code <= 0x30FF  # punctuation, hiragana, katakana
        or 0x3400 <= code <= 0x9FFF  # kanji
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
    )


def _without_accent(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[:1]
    return base if base.isascii() and base.isprintable() else "?"
