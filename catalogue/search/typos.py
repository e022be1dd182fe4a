"""«Vouliez-vous dire… ?»: a misspelt Latin word corrected against the vocabulary of the
titles, crafts, materials (documents' `vocabulary`) and the glossary.

Damerau-Levenshtein (optimal string alignment) distance at most 1 for a word of up to
five letters, 2 beyond; the closest word wins, then the most frequent. The vocabulary is
read once per content generation.
"""

from collections import Counter

from core.caching import cached_for_content

from . import analysis, glossary

MIN_LENGTH = 4


def max_distance(word: str) -> int:
    return 1 if len(word) <= 5 else 2


def distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, or limit + 1 as soon as it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def key(word: str) -> str:
    return analysis.strip_accents(analysis.fold(word))


def build_vocabulary(words) -> dict[str, tuple[str, int]]:
    """normalised word → (the spelling seen most, how often the word occurs)."""
    spellings: dict[str, Counter] = {}
    for word in words:
        spellings.setdefault(key(word), Counter())[word] += 1
    return {k: (c.most_common(1)[0][0], c.total()) for k, c in spellings.items()}


def vocabulary() -> dict[str, tuple[str, int]]:
    def compute():
        from catalogue.models import SearchDocument

        words = []
        for text in SearchDocument.objects.values_list("vocabulary", flat=True).iterator():
            words.extend(text.split())
        return build_vocabulary(words + glossary.glossary_words())

    return cached_for_content("search:vocabulary", compute)


def correction(word: str, known: dict[str, tuple[str, int]]) -> str | None:
    """The vocabulary's spelling closest to `word`, or None."""
    typed = key(word)
    if len(typed) < MIN_LENGTH or not typed.isalpha() or typed in known:
        return None
    limit = max_distance(typed)
    best = None
    for candidate, (spelling, count) in known.items():
        d = distance(typed, candidate, limit)
        if d <= limit and (best is None or (d, -count) < best[0]):
            best = ((d, -count), spelling)
    return best[1] if best else None
