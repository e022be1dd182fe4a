"""What backup.py, restore.py and check_backup.py share: the backup's layout, the error
the operator reads, and French output."""

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
FORMAT = 1
MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"
# restore.py unpacks the media here first, inside MEDIA_ROOT: a bad archive leaves the
# media as they were, and the final move stays on one file system.
STAGING = ".restauration-en-cours"
KEY_TABLES = {
    "wagtailcore_page": "pages",
    "exhibition_exhibitionimage": "images",
    "wagtaildocs_document": "documents",
    "shop_order": "commandes",
    "workshops_booking": "réservations",
    "auth_user": "comptes",
}
Report = Callable[[str], None]


class BackupError(Exception):
    """A refusal or a failure; its message, in French, is what the operator reads."""


def fr(text: str) -> str:
    """French typography: a non-breaking space before « : ; ? ! » and inside guillemets."""
    return re.sub(r" ([:;?!»])", "\u00a0\\1", text).replace("« ", "«\u00a0")


def say(text: str = "") -> None:
    print(fr(text), flush=True)


def indent(report: Report) -> Report:
    return lambda line: report(f"  {line}")


def number(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")


def size(count: int) -> str:
    if count < 1_000_000:
        return f"{count / 1000:.1f} ko".replace(".", ",")
    return f"{count / 1_000_000:.1f} Mo".replace(".", ",")


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def last_lines(text: str | bytes, count: int = 5) -> str:
    if isinstance(text, bytes):
        text = text.decode(errors="replace")
    return " / ".join(line for line in text.strip().splitlines()[-count:])
