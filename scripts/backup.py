#!/usr/bin/env python
"""Back up the database and the media into one directory (README, « Sauvegarde »).

    .venv/bin/python scripts/backup.py [--output DOSSIER]
    .venv/bin/python scripts/restore.py SAUVEGARDE [--yes]      (see restore.py)

A backup holds the database (SQLite copied through its online backup API, or
`pg_dump --format=custom`), media.tar.gz and manifest.json, written last: date, vendor,
latest migration per app, row count of every table and the sha256 of every file, so that
restore.py checks all of it before it touches anything.

Raw connections (sqlite3, psycopg) rather than the ORM: the schema being backed up or
restored need not be the one the code describes (an older backup, a wiped database).
"""

import argparse
import datetime
import json
import os
import shutil
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from backup_common import (
    BASE_DIR,
    FORMAT,
    KEY_TABLES,
    MANIFEST,
    MEDIA_ARCHIVE,
    STAGING,
    BackupError,
    Report,
    fr,
    number,
    say,
    sha256,
    size,
)
from backup_databases import (
    Database,
    database_from_config,
)


@dataclass
class Media:
    """Where the media live: a directory (MEDIA_ROOT) or, when `root` is None, a bucket."""

    root: Path | None
    remote: str = ""


def media_from_settings() -> Media:
    from django.conf import settings

    storage = settings.STORAGES["default"]
    options = storage.get("OPTIONS") or {}
    if storage["BACKEND"] == "django.core.files.storage.FileSystemStorage":
        return Media(Path(options.get("location") or settings.MEDIA_ROOT))
    return Media(
        None,
        f"{storage['BACKEND'].rsplit('.', 1)[-1]}, bucket « {options.get('bucket_name', '?')} »",
    )


def media_files(root: Path) -> list[Path]:
    """Every regular file under root (symbolic links left out)."""
    found = []
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if name != STAGING)
        found.extend(Path(folder, name) for name in sorted(files))
    return [path for path in found if path.is_file() and not path.is_symlink()]


def archive_media(root: Path, target: Path) -> tuple[int, int]:
    """Renditions (images/) go in with the originals: their rows are in the database, and
    Wagtail serves a known rendition's URL without checking that its file exists."""
    files = media_files(root) if root.is_dir() else []
    with tarfile.open(target, "w:gz") as tar:
        for path in files:
            tar.add(path, arcname=path.relative_to(root).as_posix(), recursive=False)
    return len(files), sum(path.stat().st_size for path in files)


def ensure_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise BackupError(
            f"Impossible d’écrire dans {folder} : {error.strerror or error}."
        ) from error


def latest_migrations(applied: list[str]) -> dict[str, str]:
    """The latest applied migration of each app (names start with a 4-digit number; a
    squashed 0001_squashed_0016 sorts before 0017)."""
    latest: dict[str, str] = {}
    for entry in applied:
        app, name = entry.split(".", 1)
        latest[app] = max(latest.get(app, name), name)
    return latest


def key_counts(counts: dict[str, int]) -> str:
    parts = [f"{label} {number(counts[t])}" for t, label in KEY_TABLES.items() if t in counts]
    return f" (dont {', '.join(parts)})" if parts else ""


def software_versions() -> dict[str, str]:
    import django

    import wagtail

    return {"django": django.get_version(), "wagtail": wagtail.__version__}


def create_backup(
    *,
    db: Database,
    media: Media,
    output_dir: Path,
    prefix: str = "sauvegarde",
    report: Report = say,
) -> Path:
    """Write a complete backup directory and return it; a failure leaves nothing behind."""
    ensure_writable(output_dir)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    final, suffix = output_dir / f"{prefix}-{stamp}", 1
    while final.exists() or final.with_name(final.name + ".partiel").exists():
        suffix += 1
        final = output_dir / f"{prefix}-{stamp}-{suffix}"
    # Named .partiel until the manifest is written: an interrupted backup never looks whole.
    partial = final.with_name(final.name + ".partiel")
    partial.mkdir(mode=0o700)  # buyers' names and addresses are in there
    try:
        manifest = {
            "format": FORMAT,
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "software": software_versions(),
        }
        report(f"Base {db.vendor} : {db.label}")
        # The database first, then the media: a file uploaded in between becomes an
        # orphan file after a restore, never a row whose file is missing.
        applied, counts = db.dump(partial / db.dump_name)
        manifest["database"] = {
            "vendor": db.vendor,
            "name": db.name,
            "file": db.dump_name,
            "migrations": latest_migrations(applied),
            "applied_migrations": applied,
            "row_counts": counts,
        }
        report(f"  {len(counts)} tables, {number(sum(counts.values()))} lignes{key_counts(counts)}")
        if media.root is None:
            report(
                f"Médias sur un stockage objet ({media.remote}) : leur sauvegarde relève du "
                "versionnement et de la réplication du bucket ; seule la base est sauvegardée."
            )
            manifest["media"] = {"storage": "remote", "description": media.remote}
        else:
            report(f"Médias : {media.root}")
            files, total = archive_media(media.root, partial / MEDIA_ARCHIVE)
            report(f"  {number(files)} fichiers, {size(total)} (rendus d’images compris)")
            manifest["media"] = {
                "storage": "local",
                "file": MEDIA_ARCHIVE,
                "files": files,
                "bytes": total,
            }
        manifest["files"] = {
            path.name: {"sha256": sha256(path), "bytes": path.stat().st_size}
            for path in sorted(partial.iterdir())
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        for path in partial.iterdir():
            path.chmod(0o600)
        partial.rename(final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    total = sum(path.stat().st_size for path in final.iterdir())
    report(f"Sauvegarde écrite : {final} ({size(total)})")
    return final


class Parser(argparse.ArgumentParser):
    """argparse, with its error line in French and exit code 2."""

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, fr(f"{self.prog} : erreur : {message}\n"))


def default_backup_dir() -> Path:
    return Path(os.environ.get("BACKUP_DIR") or BASE_DIR / "backups")


def configured() -> tuple[Database, Media]:
    """The database and the media of the current settings (DJANGO_SETTINGS_MODULE)."""
    from django.conf import settings

    return database_from_config(settings.DATABASES["default"]), media_from_settings()


def main(
    argv: list[str] | None = None, *, db: Database | None = None, media: Media | None = None
) -> int:
    parser = Parser(
        prog="backup.py",
        description=fr(
            "Sauvegarde la base (SQLite ou PostgreSQL, selon DATABASE_URL) et les médias "
            "(MEDIA_ROOT) dans un nouveau dossier SORTIE/sauvegarde-AAAAMMJJ-HHMMSS/, avec un "
            "manifeste que restore.py vérifie. Codes de sortie : 0 succès, 1 échec, "
            "2 arguments invalides."
        ),
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=default_backup_dir(),
        metavar="SORTIE",
        help=fr(f"dossier des sauvegardes (défaut : $BACKUP_DIR, sinon {default_backup_dir()})"),
    )
    args = parser.parse_args(argv)
    try:
        if db is None or media is None:
            db, media = configured()
        create_backup(db=db, media=media, output_dir=args.output)
    except BackupError as error:
        print(fr(f"Erreur : {error}"), file=sys.stderr)
        return 1
    return 0


def setup_django() -> None:
    sys.path.insert(0, str(BASE_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()


if __name__ == "__main__":
    setup_django()
    sys.exit(main())
