"""Uploaded files kept between the dry run and its confirmation.

The confirmation re-runs the import on the very files the dry run read, kept on the
server's disk under a random token, in a folder of the user who sent them: the form only
carries the token, never data. Files left unconfirmed are removed after `MAX_AGE`.
"""

import json
import re
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path, PurePath

from django.conf import settings
from django.core.files import File

MAX_AGE = 2 * 3600  # seconds
TOKEN = re.compile(r"^[A-Za-z0-9_-]{32}$")


def _root() -> Path:
    default = Path(tempfile.gettempdir()) / "tem-catalogue-imports"
    return Path(getattr(settings, "CATALOGUE_IMPORT_DIR", default))


def _folder(user, token) -> Path:
    return _root() / str(user.pk) / token


@dataclass
class Stash:
    token: str
    folder: Path
    rows_name: str
    images_name: str | None
    publish: bool

    def open_rows(self) -> File:
        path = self.folder / ("rows" + PurePath(self.rows_name).suffix.lower())
        return File(path.open("rb"), name=self.rows_name)

    def open_images(self) -> File | None:
        if not self.images_name:
            return None
        return File((self.folder / "images.zip").open("rb"), name=self.images_name)


def _copy(upload, path: Path):
    upload.seek(0)
    with path.open("wb") as target:
        for chunk in upload.chunks() if hasattr(upload, "chunks") else [upload.read()]:
            target.write(chunk)


def stash_uploads(*, user, rows_file, images_zip, publish: bool) -> Stash:
    _purge()
    token = secrets.token_urlsafe(24)
    folder = _folder(user, token)
    folder.mkdir(parents=True, mode=0o700)
    rows_name = PurePath(rows_file.name).name
    _copy(rows_file, folder / ("rows" + PurePath(rows_name).suffix.lower()))
    images_name = None
    if images_zip is not None:
        images_name = PurePath(images_zip.name).name
        _copy(images_zip, folder / "images.zip")
    meta = {"rows_name": rows_name, "images_name": images_name, "publish": publish}
    (folder / "meta.json").write_text(json.dumps(meta))
    return Stash(token, folder, rows_name, images_name, publish)


def find_stash(*, user, token: str) -> Stash | None:
    if not TOKEN.match(token or ""):
        return None
    folder = _folder(user, token)
    try:
        meta = json.loads((folder / "meta.json").read_text())
    except (OSError, ValueError):
        return None
    if time.time() - (folder / "meta.json").stat().st_mtime > MAX_AGE:
        discard_stash(folder)
        return None
    return Stash(token, folder, meta["rows_name"], meta["images_name"], bool(meta["publish"]))


def discard_stash(folder: Path):
    shutil.rmtree(folder, ignore_errors=True)


def _purge():
    root = _root()
    if not root.exists():
        return
    limit = time.time() - MAX_AGE
    for folder in root.glob("*/*"):
        try:
            if folder.stat().st_mtime < limit:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue
