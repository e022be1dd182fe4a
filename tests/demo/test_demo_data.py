"""The demo data says only what it can stand by (issue 15, points 17 and 18).

An object's material is its own, whatever its craft's usual one; names and Japanese texts
are right; care notes fit the steel; no health claim; a one-off piece is priced as one;
French typography in the data and in the demo's own strings. Pure Python, no database.
"""

import ast
import datetime
import re
from pathlib import Path
from statistics import median

import pytest

from catalogue.importing.validation import parse_price, split_list
from demo.content import DATA, load, objects

ROOT = Path(__file__).resolve().parents[2]
OBJECTS = {row["reference"]: row for row in objects()}
LANGUAGES = ("", "_en", "_ja")


def texts(row, *bases):
    """The cells of `row` in every language for these column bases."""
    return [row[base + suffix] for base in bases for suffix in LANGUAGES if base + suffix in row]


# --- materials ------------------------------------------------------------------------------


def test_gold_leaf_on_lacquer_is_lacquerware_and_on_porcelain_is_ceramics():
    for sku in ("KNZ-009", "KNZ-010", "KNZ-014"):  # lacquered wood with gold leaf
        assert OBJECTS[sku]["materiau"] == "laque", sku
    assert OBJECTS["KNZ-013"]["materiau"] == "porcelaine-ceramique"  # a porcelain plate


# What an object is made of, as its finish names it first: that is its material.
BODIES = [
    (re.compile(r"^(Bois|Bambou)[^,]* laqué|laque urushi"), "laque"),
    (re.compile(r"^(Porcelaine|Grès)"), "porcelaine-ceramique"),
    (re.compile(r"^(Acier|Cuivre|Bronze|Laiton)"), "metal"),
    (re.compile(r"^Soie"), "textile"),
]


@pytest.mark.parametrize("row", OBJECTS.values(), ids=lambda row: row["reference"])
def test_the_material_is_the_one_the_object_is_made_of(row):
    for pattern, material in BODIES:
        if pattern.search(row["finition"]):
            assert row["materiau"] == material, row["finition"]
            return


def test_the_ceramics_category_is_pottery_and_ceramics():
    ceramics = next(m for m in load("materials") if m["slug"] == "porcelaine-ceramique")
    assert ceramics["name"] == "Poterie et céramique"
    assert ceramics["en"]["name"] == "Pottery and ceramics"
    assert ceramics["name_ja"] == ceramics["ja"]["name"] == "陶磁器"


# --- texts ----------------------------------------------------------------------------------


def test_the_white_and_gold_kenjo_runner_is_named_alike_in_japanese():
    runner = OBJECTS["FKO-013"]
    assert "白と金の献上" in runner["titre_ja"] and "白と金の献上" in runner["nom_japonais"]
    for path in [DATA / "objects.csv", *DATA.glob("*.yaml")]:
        assert "白金献上" not in path.read_text(encoding="utf-8"), path.name


STAINLESS = [sku for sku, row in OBJECTS.items() if "inoxydable" in row["finition"]]


def test_there_are_stainless_steel_knives():
    assert {"KMM-006", "KMM-007"} <= set(STAINLESS)


@pytest.mark.parametrize("sku", STAINLESS)
def test_stainless_steel_has_its_own_care_note(sku):
    fr, en, ja = texts(OBJECTS[sku], "entretien")
    assert "carbone" not in fr and "carbon" not in en and "炭素鋼" not in ja
    assert "inoxydable" in fr and "stainless" in en.lower() and "ステンレス" in ja
    assert "lave-vaisselle" in fr and "dishwasher" in en and "食器洗い機" in ja


def test_carbon_steel_keeps_its_note_about_rust():
    for sku, row in OBJECTS.items():
        if "Acier au carbone" in row["finition"]:
            assert "rouiller" in row["entretien"], sku


def test_edible_gold_makes_no_health_claim():
    gold = OBJECTS["KNZ-012"]
    every_text = " ".join(text for key, text in gold.items() if key != "reference")
    for claim in ("santé", "health", "体に", "健康", "inerte", "inert"):
        assert claim not in every_text, claim
    fr, en, ja = texts(gold, "description")
    assert "alimentaire" in fr and "food-grade" in en and "食用" in ja


def test_a_one_off_piece_costs_more_than_its_crafts_series():
    """A piece made once (tagged «pièce-unique», one in stock) costs at least one and a half
    times the median price of the same craft's pieces made in series."""
    unique = {sku for sku, row in OBJECTS.items() if "pièce-unique" in split_list(row["mots_cles"])}
    assert unique and all(OBJECTS[sku]["stock"] == "1" for sku in unique)
    too_cheap = {}
    for sku in sorted(unique):
        row = OBJECTS[sku]
        series = [
            parse_price(other["prix"])
            for other_sku, other in OBJECTS.items()
            if other["artisanat"] == row["artisanat"] and other_sku not in unique
        ]
        if parse_price(row["prix"]) < median(series) * 3 / 2:
            too_cheap[sku] = (row["prix"], median(series))
    assert not too_cheap


# --- workshops ------------------------------------------------------------------------------


def test_the_only_workshop_is_the_sourced_one_of_6_march_2021():
    workshops = load("workshops")
    assert [w["slug"] for w in workshops] == ["atelier-decouverte-et-initiation"]
    assert {w["starts_at"].date() for w in workshops} == {datetime.date(2021, 3, 6)}
    header = (DATA / "workshops.yaml").read_text(encoding="utf-8").split("\n- ", 1)[0]
    assert "kinpaku" not in header and "gold leaf" not in header and "25 €" not in header
    assert "Illustrative" in header


# --- French typography ----------------------------------------------------------------------

SPACES = "\u00a0\u202f"  # no-break space, narrow no-break space
PLAIN_SPACE_BEFORE = re.compile(r" [:;!?](\s|$)")
BARE_GUILLEMETS = re.compile(rf"«(?![{SPACES}])|(?<![{SPACES}])»")
NO_SPACE_BEFORE = re.compile(rf"[^\s{SPACES}/:][:;!?](\s|$)")


PLAIN_SPACED_GUILLEMETS = re.compile(r"« | »")


def typography_faults(text, *, french=True):
    """Whether `text` breaks French typography. In code, a string constant may be a piece
    of an f-string («{name}»): only a plain space beside a guillemet is a fault there."""
    if PLAIN_SPACE_BEFORE.search(text) or PLAIN_SPACED_GUILLEMETS.search(text):
        return True
    return french and bool(BARE_GUILLEMETS.search(text) or NO_SPACE_BEFORE.search(text))


def french_strings(value, key=""):
    """The French strings of a YAML entry: what lies under `en:` and `ja:` is left out."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for name, item in value.items():
            if name not in ("en", "ja"):
                yield from french_strings(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from french_strings(item, key)


def test_french_typography_of_the_workshops_and_the_site():
    bad = [
        (name, text)
        for name in ("workshops", "site")
        for key, text in french_strings(load(name))
        if not text.startswith("https://") and typography_faults(text)
    ]
    assert not bad


def code_strings(path: Path):
    """The string constants of a module, docstrings left out (they are not shown)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings:
                yield node.value


@pytest.mark.parametrize(
    "module",
    sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "demo").glob("*.py"))
    + ["shop/exceptions.py"],
)
def test_french_typography_of_the_shown_strings(module):
    bad = [text for text in code_strings(ROOT / module) if typography_faults(text, french=False)]
    assert not bad


def test_the_checkout_messages_have_their_no_break_spaces():
    from shop.exceptions import CardDeclined, OutOfStock

    out_of_stock = str(OutOfStock(["Bol"]))
    assert "pour\u00a0: «\u00a0Bol\u00a0»." in out_of_stock
    declined = CardDeclined(decline_code="insufficient_funds").user_message
    assert declined == "Votre carte a été refusée\u00a0: provision insuffisante."
