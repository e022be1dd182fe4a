"""Katakana readings → Hepburn romaji, as Sudachi's readings need it (no dictionary: a
reading is already kana). «ドウキ» → «douki», «ボード» → «boodo», «キッテ» → «kitte»."""

import functools

BASE = dict(
    zip(
        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨ"
        "ラリルレロワヰヱヲンガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ"
        "ァィゥェォャュョヮ",
        "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he "
        "ho ma mi mu me mo ya yu yo ra ri ru re ro wa i e o n ga gi gu ge go za ji zu ze zo da "
        "ji zu de do ba bi bu be bo pa pi pu pe po vu a i u e o ya yu yo wa".split(),
        strict=True,
    )
)
# A syllable ending in i followed by a small ya/yu/yo: キャ kya, シャ sha, チャ cha, ジャ ja.
SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}
SMALL_VOWELS = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}
HIRAGANA_OFFSET = 0x60


def to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + HIRAGANA_OFFSET) if "ぁ" <= c <= "ゖ" else c for c in text)


@functools.lru_cache(maxsize=20_000)
def hepburn(reading: str) -> str:
    syllables: list[str] = []
    double_next = False
    for char in to_katakana(reading):
        if char == "ッ":
            double_next = True
            continue
        if char in SMALL_Y and syllables and syllables[-1].endswith("i"):
            head = syllables[-1][:-1]
            head = head if head.endswith(("sh", "ch", "j")) else head + "y"
            syllables[-1] = head + SMALL_Y[char]
            continue
        if char in SMALL_VOWELS and syllables and len(syllables[-1]) > 1:
            syllables[-1] = syllables[-1][:-1] + SMALL_VOWELS[char]  # ファ fa, ティ ti
            continue
        if char == "ー":
            if syllables:
                syllables[-1] += syllables[-1][-1]
            continue
        syllable = BASE.get(char, "")
        if double_next and syllable:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
        double_next = False
        syllables.append(syllable)
    return "".join(syllables)
