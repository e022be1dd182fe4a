"""Backup and restore (scripts/backup.py, scripts/restore.py) on a tiny database of their own.

Each test gets its own SQLite file or PostgreSQL database and its own media folder, never
the test database. scripts/check_backup.py runs the same round trip on the whole demo.
"""

import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import tarfile
from contextlib import closing
from pathlib import Path

import dj_database_url
import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
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


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=postgres)])
def site(request, tmp_path):
    if request.param == "sqlite":
        db = backup_databases.SQLiteDatabase(tmp_path / "db.sqlite3")
        sqlite3.connect(db.path).close()
        sqlite_site = Site(db, tmp_path / "media", tmp_path)
        sqlite_site.seed()
        yield sqlite_site
        return
    server = dj_database_url.parse(POSTGRES_SERVER)
    name = f"backup_test_{os.getpid()}"
    admin = backup_databases.PostgresDatabase(server)
    with closing(admin.connect()) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        pg_site = Site(
            backup_databases.PostgresDatabase({**server, "NAME": name}),
            tmp_path / "media",
            tmp_path,
        )
        pg_site.seed()
        yield pg_site
    finally:
        with closing(admin.connect()) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_restore_brings_back_identical_content(site):
    original = site.snapshot()
    saved = site.dump()
    site.alter()
    assert site.snapshot() != original

    site.restore(saved)

    assert site.snapshot() == original
    assert site.snapshot()["tables"]["craft_object"][0] == 2


def test_manifest_describes_the_backup(site):
    saved = site.dump()

    manifest = json.loads((saved / "manifest.json").read_text())
    database = manifest["database"]
    assert database["vendor"] == site.db.vendor
    assert database["row_counts"] == {
        "craft_object": 2,
        "django_migrations": len(database["applied_migrations"]),
        "material": 3,
    }
    assert database["migrations"]["contenttypes"] == "0002_remove_content_type_name"
    assert manifest["media"] == {
        "storage": "local",
        "file": "media.tar.gz",
        "files": 3,
        "bytes": manifest["media"]["bytes"],
    }
    for name, entry in manifest["files"].items():
        assert entry["sha256"] == backup_common.sha256(saved / name)
    assert sorted(path.name for path in saved.iterdir()) == sorted(
        [*manifest["files"], "manifest.json"]
    )


def test_safety_backup_holds_the_state_restore_replaced(site):
    saved = site.dump()
    site.alter()
    altered = site.snapshot()

    safety = site.restore(saved)

    assert safety.parent == site.safety and safety.name.startswith("avant-restauration-")
    site.restore(safety)
    assert site.snapshot() == altered


def tamper_database_file(saved):
    path = saved / json.loads((saved / "manifest.json").read_text())["database"]["file"]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def truncate_media_archive(saved):
    path = saved / "media.tar.gz"
    path.write_bytes(path.read_bytes()[:-100])


def remove_manifest(saved):
    (saved / "manifest.json").unlink()


def break_manifest(saved):
    (saved / "manifest.json").write_text('{"format": 1, "database": ')


def remove_database_file(saved):
    (saved / json.loads((saved / "manifest.json").read_text())["database"]["file"]).unlink()


def edit_manifest(change):
    def tamper(saved):
        manifest = json.loads((saved / "manifest.json").read_text())
        change(manifest, saved)
        (saved / "manifest.json").write_text(json.dumps(manifest))

    return tamper


def other_vendor(manifest, saved):
    manifest["database"]["vendor"] = "mysql"


def migration_from_the_future(manifest, saved):
    manifest["database"]["applied_migrations"].append("catalogue.9999_from_a_later_version")


def archive_escaping_media_root(manifest, saved):
    path = saved / "media.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        evil = saved / "evil"
        evil.write_text("x")
        tar.add(evil, arcname="../../settings.py")
        evil.unlink()
    manifest["files"]["media.tar.gz"] = {
        "sha256": backup_common.sha256(path),
        "bytes": path.stat().st_size,
    }
    manifest["media"]["files"] = 1


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (tamper_database_file, "ne correspond pas à son empreinte sha256"),
        (truncate_media_archive, "ne correspond pas à son empreinte sha256"),
        (remove_manifest, "manifest.json manque"),
        (break_manifest, "n’est pas du JSON valide"),
        (remove_database_file, "manque"),
        (edit_manifest(other_vendor), "vient d’une base mysql"),
        (edit_manifest(migration_from_the_future), "catalogue.9999_from_a_later_version"),
        (edit_manifest(archive_escaping_media_root), "sortirait du dossier des médias"),
    ],
    ids=lambda value: getattr(value, "__name__", None) or "",
)
def test_damaged_or_foreign_backup_is_refused_and_nothing_changes(site, tamper, message):
    saved = site.dump()
    site.alter()
    before = site.snapshot()
    tamper(saved)

    with pytest.raises(backup_common.BackupError, match=message):
        site.restore(saved)

    assert site.snapshot() == before
    assert not site.safety.exists()


def test_unreadable_database_file_with_a_matching_manifest_changes_nothing(site):
    """A dump damaged before its checksum was taken: SQLite's integrity check refuses it;
    PostgreSQL's restore fails midway and its transaction rolls back."""
    saved = site.dump()
    site.alter()
    before = site.snapshot()
    manifest = json.loads((saved / "manifest.json").read_text())
    path = saved / manifest["database"]["file"]
    path.write_bytes(path.read_bytes()[: path.stat().st_size * 3 // 4])
    manifest["files"][path.name] = {
        "sha256": backup_common.sha256(path),
        "bytes": path.stat().st_size,
    }
    (saved / "manifest.json").write_text(json.dumps(manifest))

    with pytest.raises(backup_common.BackupError):
        site.restore(saved)

    assert site.snapshot() == before


def test_restore_without_yes_refuses_and_changes_nothing(site, capsys):
    saved = site.dump()
    site.alter()
    before = site.snapshot()

    code = restore.main(
        [str(saved), "--safety-dir", str(site.safety)], db=site.db, media=site.media
    )

    assert code == 1
    assert "relancez avec --yes pour confirmer" in capsys.readouterr().err
    assert site.snapshot() == before
    assert not site.safety.exists()


def test_restore_asks_at_a_terminal_and_only_oui_goes_ahead(site, monkeypatch):
    saved = site.dump()
    site.alter()
    before = site.snapshot()
    monkeypatch.setattr(restore.sys.stdin, "isatty", lambda: True, raising=False)
    args = [str(saved), "--safety-dir", str(site.safety)]

    monkeypatch.setattr("builtins.input", lambda question: "non")
    assert restore.main(args, db=site.db, media=site.media) == 1
    assert site.snapshot() == before

    monkeypatch.setattr("builtins.input", lambda question: "oui")
    assert restore.main(args, db=site.db, media=site.media) == 0
    assert site.snapshot() != before


def test_cli_dump_then_restore_with_yes(site, capsys):
    original = site.snapshot()

    assert backup.main(["--output", str(site.backups)], db=site.db, media=site.media) == 0
    saved = next(site.backups.glob("sauvegarde-*"))
    site.alter()
    args = [str(saved), "--yes", "--safety-dir", str(site.safety)]
    assert restore.main(args, db=site.db, media=site.media) == 0

    assert site.snapshot() == original
    output = capsys.readouterr().out
    assert "Sauvegarde de sécurité de l’état actuel" in output
    assert "lignes\u00a0: conformes au manifeste." in output


def test_verify_only_changes_nothing(site, capsys):
    saved = site.dump()
    site.alter()
    before = site.snapshot()

    assert restore.main([str(saved), "--verify-only"], db=site.db, media=site.media) == 0

    assert "Sauvegarde intègre" in capsys.readouterr().out
    assert site.snapshot() == before


def test_missing_backup_is_a_clear_error(site, tmp_path, capsys):
    assert restore.main([str(tmp_path / "nulle-part"), "--yes"], db=site.db, media=site.media) == 1
    assert "Sauvegarde introuvable\u00a0:" in capsys.readouterr().err


def test_unwritable_output_is_a_clear_error(site, tmp_path, capsys):
    (tmp_path / "fichier").write_text("")

    code = backup.main(
        ["--output", str(tmp_path / "fichier" / "sous-dossier")], db=site.db, media=site.media
    )

    assert code == 1
    assert "Impossible d’écrire dans" in capsys.readouterr().err
    assert not list(tmp_path.glob("**/*.partiel"))


def test_bad_arguments_exit_with_code_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        restore.main([])
    assert exit_info.value.code == 2
    assert "restore.py\u00a0: erreur\u00a0:" in capsys.readouterr().err


def test_media_on_a_bucket_back_up_the_database_only(site):
    remote = backup.Media(None, "S3Storage, bucket « tem-media »")
    lines = []

    saved = backup.create_backup(
        db=site.db, media=remote, output_dir=site.backups, report=lines.append
    )

    assert any("versionnement et de la réplication du bucket" in line for line in lines)
    assert not (saved / "media.tar.gz").exists()
    manifest = json.loads((saved / "manifest.json").read_text())
    assert manifest["media"]["storage"] == "remote"
    # Restored on a site with local media: the database comes back, the media stay.
    site.alter()
    media_before = site.snapshot()["media"]
    site.restore(saved)
    assert site.snapshot()["media"] == media_before
    assert site.snapshot()["tables"]["craft_object"][0] == 2


def test_settings_with_a_bucket_mean_remote_media(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {"bucket_name": "tem"}},
    }
    media = backup.media_from_settings()
    assert media.root is None and "tem" in media.remote


def test_scripts_answer_help_in_french():
    for script in ("backup.py", "restore.py", "check_backup.py"):
        result = subprocess.run(
            [sys.executable, str(SCRIPTS / script), "--help"], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        text = re.sub(r"[ \n]+", " ", result.stdout)  # argparse wraps at spaces, not at U+00A0
        assert "de sortie\u00a0:" in text or "Code de sortie 1" in text


def test_french_typography():
    assert backup_common.fr("Base : « x » ; vraiment ? oui !") == (
        "Base\u00a0: «\u00a0x\u00a0»\u00a0; vraiment\u00a0? oui\u00a0!"
    )


def test_check_compares_every_table_and_file():
    before = {"tables": {"a": (2, "x"), "b": (1, "y")}, "media": {"f.png": "1"}}
    changed = {"tables": {"a": (2, "x"), "b": (1, "z")}, "media": {"f.png": "1"}}

    assert all(row[3] != "DIFFÉRENT" for row in check_backup.compare(before, before))
    verdicts = {row[0]: row[3] for row in check_backup.compare(before, changed)}
    assert verdicts["contenu de chaque table (sha256, ordre de la clé primaire)"] == "DIFFÉRENT"
    assert verdicts["lignes par table"] == "identique"


def test_check_never_touches_a_database_not_named_for_it(capsys):
    with pytest.raises(SystemExit) as exit_info:
        check_backup.main(["--postgres", "--postgres-url", "postgres://u@127.0.0.1:5432/bench"])
    assert exit_info.value.code == 2
    assert "backup_check" in capsys.readouterr().err
