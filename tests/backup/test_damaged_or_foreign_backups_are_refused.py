"""A damaged, incomplete or foreign backup is refused before anything changes."""

import json
import tarfile

import pytest

from tests.backup.helpers import backup_common


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
