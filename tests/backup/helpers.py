"""The scripts under test, put on the path and imported, and `Site`: a tiny database and media
folder that they back up and restore."""

import os
import socket
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
sys.path.insert(0, str(SCRIPTS))

import backup  # noqa: E402
import backup_common  # noqa: E402
import backup_databases  # noqa: E402
import check_backup  # noqa: E402
import restore  # noqa: E402


def postgres_listens() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        return False
    return True


postgres = pytest.mark.skipif(not postgres_listens(), reason="PostgreSQL absent de 127.0.0.1:5432")
POSTGRES_SERVER = os.environ.get("TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")

MEDIA = {
    "original_images/bol_kutani.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "images/bol_kutani.fill-120x90.png": b"\x89PNG\r\n\x1a\nrendition",
    "documents/dossier de presse é.txt": "Tradition et modernité\n".encode(),
}


class Site:
    """A database and a media folder holding a few rows and files."""

    def __init__(self, db: backup_databases.Database, media_root: Path, tmp_path: Path):
        self.db = db
        self.media = backup.Media(media_root)
        self.backups = tmp_path / "backups"
        self.safety = tmp_path / "securite"

    def sql(self, *statements: str) -> None:
        if self.db.vendor == "sqlite":
            with closing(sqlite3.connect(self.db.path)) as conn:
                for statement in statements:
                    conn.execute(statement)
                conn.commit()
        else:
            with closing(self.db.connect()) as conn:
                for statement in statements:
                    conn.execute(statement)

    def seed(self) -> None:
        serial = "INTEGER PRIMARY KEY" if self.db.vendor == "sqlite" else "BIGSERIAL PRIMARY KEY"
        blob = "BLOB" if self.db.vendor == "sqlite" else "BYTEA"
        blob_value = "X'00FF10'" if self.db.vendor == "sqlite" else "'\\x00ff10'::bytea"
        applied = sorted(
            (app, name) for app, names in restore.code_migrations().items() for name in names
        )
        self.sql(
            f"CREATE TABLE django_migrations (id {serial}, app VARCHAR(255), name VARCHAR(255))",
            f"CREATE TABLE material (id {serial}, name TEXT NOT NULL)",
            f"CREATE TABLE craft_object (id {serial}, material_id INTEGER REFERENCES material(id), "
            f"title TEXT, price NUMERIC(8, 2), photo {blob})",
            "INSERT INTO django_migrations (app, name) VALUES "
            + ", ".join(f"('{app}', '{name}')" for app, name in applied),
            "INSERT INTO material (name) VALUES ('Porcelaine'), ('Laque'), ('Washi « kōzo »')",
            "INSERT INTO craft_object (material_id, title, price, photo) VALUES "
            f"(1, 'Bol Kutani', 48.00, {blob_value}), (2, 'Boîte à thé', 120.50, NULL)",
        )
        for name, content in MEDIA.items():
            path = self.media.root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)

    def alter(self) -> None:
        """What happens after a backup: edits, deletions, a new table, new and lost files."""
        self.sql(
            "DELETE FROM craft_object WHERE id = 2",
            "UPDATE material SET name = 'Laque urushi' WHERE id = 2",
            "CREATE TABLE added_later (id INTEGER PRIMARY KEY)",
        )
        (self.media.root / "original_images/bol_kutani.png").write_bytes(b"other")
        (self.media.root / "documents/dossier de presse é.txt").unlink()
        (self.media.root / "original_images/new.png").write_bytes(b"new")

    def snapshot(self) -> dict:
        return check_backup.snapshot(self.db, self.media.root)

    def dump(self) -> Path:
        return backup.create_backup(
            db=self.db, media=self.media, output_dir=self.backups, report=lambda line: None
        )

    def restore(self, path: Path, *, confirm=True) -> Path:
        return restore.restore_backup(
            path,
            db=self.db,
            media=self.media,
            safety_dir=self.safety,
            confirm=lambda manifest: confirm,
            report=lambda line: None,
        )


__all__ = [
    "MEDIA",
    "POSTGRES_SERVER",
    "SCRIPTS",
    "Site",
    "backup",
    "backup_common",
    "backup_databases",
    "check_backup",
    "postgres",
    "restore",
]
