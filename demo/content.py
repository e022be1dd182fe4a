"""The demo's data files (`data/`): YAML for the prose, CSV in the import's columns for the
objects, so that a curator can open objects.csv in a spreadsheet and import it as is."""

import csv
import functools
import io
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data"
OBJECTS_CSV = DATA / "objects.csv"


@functools.cache
def load(name: str):
    """`site`, `collectivites`, `crafts`, `materials`, `artisans`, `tourism`, `translations`."""
    with (DATA / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def objects_csv() -> bytes:
    return OBJECTS_CSV.read_bytes()


def objects() -> list[dict[str, str]]:
    """The rows of objects.csv as text, keyed by the import's column keys."""
    text = objects_csv().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
