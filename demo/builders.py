"""The demo's data entries as model fields: one builder per kind of page or snippet.

The French seed and the translations use the same builders: a translation is built from
the entry's `en:` or `ja:` mapping laid over the French entry (`in_language`), so a
tourism page's StreamFields or an edition's parts come out with the same blocks, in the
same order, as the French, which is what the translation service matches them by.
"""

import datetime
from decimal import Decimal

from django.utils import timezone
from django.utils.html import format_html

from exhibition.models import EditionPart


def in_language(entry, code: str | None):
    """The entry with its `code` texts laid over the French (same keys, same shape); the
    French entry itself for None. Lists are laid item by item, mappings key by key."""
    if code is None:
        return entry
    return _lay(entry, entry.get(code, {}) if isinstance(entry, dict) else {})


def _lay(french, translated):
    if isinstance(french, dict) and isinstance(translated, dict):
        laid = {key: value for key, value in french.items() if key not in ("en", "ja")}
        for key, value in translated.items():
            laid[key] = _lay(french.get(key), value)
        return laid
    if isinstance(french, list) and isinstance(translated, list):
        return [_lay(a, b) for a, b in zip(french, translated, strict=False)] + french[
            len(translated) :
        ]
    return translated


def has_language(entry, code: str) -> bool:
    return isinstance(entry, dict) and bool(entry.get(code))


# Pages


def page_fields(data) -> dict:
    """Home, catalogue and indexes: a title, a slug, a lead."""
    return {key: data[key] for key in ("title", "slug", "lead") if key in data}


def edition_fields(data) -> dict:
    return {
        key: data[key]
        for key in ("title", "slug", "number", "year", "lead", "introduction")
        if key in data
    }


def edition_parts(data, venue) -> list[EditionPart]:
    return [
        EditionPart(
            kind=part["kind"],
            title=part["title"],
            start_date=part.get("start_date"),
            end_date=part.get("end_date"),
            venue=venue if part.get("at_venue") else None,
            description=part["description"],
            link=part.get("link", ""),
            sales_end_date=_sales_end(part),
            sales_note=part.get("sales_note", ""),
        )
        for part in data.get("parts", [])
    ]


def _sales_end(part) -> datetime.date | None:
    """A sale kept open for the demonstration: `sales_open_years_after_seed` years past the
    day the demo is seeded, so that a newcomer can still buy (the part's note says so)."""
    years = part.get("sales_open_years_after_seed")
    if not years:
        return None
    today = timezone.localdate()
    return today.replace(year=today.year + years, day=min(today.day, 28))


def part_texts(data) -> list[dict]:
    return [
        {
            "title": part["title"],
            "description": part["description"],
            "sales_note": part.get("sales_note", ""),
        }
        for part in data.get("parts", [])
    ]


def collectivite_fields(data) -> dict:
    return {
        "title": data["title"],
        "slug": data["slug"],
        "kind": data["kind"],
        "short_name": data["short_name"],
        "name_ja": data["name_ja"],
        "prefecture": data["prefecture"],
        "prefecture_ja": data.get("prefecture_ja", ""),
        "region": data.get("region", ""),
        "latitude": Decimal(str(data["latitude"])),
        "longitude": Decimal(str(data["longitude"])),
        "lead": data["intro"],
    }


def tourism_fields(data) -> dict:
    return {
        "title": data["title"],
        "slug": data["slug"],
        "title_ja": data.get("title_ja", ""),
        "lead": data["intro"],
        "sights": [("place", _place(place)) for place in data["sights"]],
        "food": [("place", _place(place)) for place in data["food"]],
        "seasons": [
            ("season", {key: season.get(key, "") for key in ("name", "name_ja", "when", "text")})
            for season in data["seasons"]
        ],
        "access": format_html("<p>{}</p>", data["access"]),
        "links": [("link", {"label": link["label"], "url": link["url"]}) for link in data["links"]],
    }


def _place(data):
    return {
        "name": data["name"],
        "name_ja": data.get("name_ja", ""),
        "text": data["text"],
        "image": None,
    }


# Snippets


def material_fields(data, position=0) -> dict:
    return {
        "name": data["name"],
        "name_ja": data["name_ja"],
        "romaji": data.get("romaji", ""),
        "description": data.get("description", ""),
        "sort_order": position,
    }


def craft_fields(data) -> dict:
    return {
        "name": data["name"],
        "name_ja": data["name_ja"],
        "name_fr": data.get("name_fr", ""),
        "description": data.get("description", ""),
    }


def artisan_fields(data) -> dict:
    return {
        "name": data["name"],
        "name_ja": data.get("name_ja", ""),
        "place": data["place"],
        "biography": data.get("bio", ""),
    }


def theme_fields(data) -> dict:
    return {key: data[key] for key in ("name", "name_ja", "description") if key in data}


def venue_fields(data) -> dict:
    return {
        key: data[key]
        for key in ("name", "street_address", "postal_code", "city", "country")
        if key in data
    }
