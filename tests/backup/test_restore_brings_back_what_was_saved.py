"""A backup restored gives back the saved database and media, and keeps the replaced state
in a safety backup; media on a bucket are left to the bucket."""

import json

from tests.backup.helpers import backup, backup_common


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
