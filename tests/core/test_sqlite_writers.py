"""The development database (SQLite in a file) when the admin's autosave and a save cross.

Each save is a transaction that reads (the page, its latest revision) before it writes.
With SQLite's default deferred transactions, the second writer cannot take the write lock
its read already promised away, and fails at once with «database is locked»: a 500 in the
admin. The project's options (config/settings/base.py) make the second one wait instead.
"""

import sqlite3
import threading
import time

import pytest

from django.db import OperationalError, connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper

from config.settings.base import SQLITE_OPTIONS


def sqlite_file(path, options):
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": dict(options),
        "ATOMIC_REQUESTS": False,
        "AUTOCOMMIT": True,
        "CONN_MAX_AGE": 0,
        "CONN_HEALTH_CHECKS": False,
        "TIME_ZONE": None,
        "TEST": {},
    }


def save_revision(settings_dict, name, started, errors, *, first):
    """What a save does: read the page's revisions, then add one, in one transaction."""
    alias = "autosave_probe"
    connections[alias] = DatabaseWrapper(settings_dict, alias)
    try:
        if not first:
            started.wait(5)
        with transaction.atomic(using=alias):
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT count(*) FROM revision")
                if first:
                    started.set()
                    time.sleep(0.3)  # the other save begins meanwhile
                cursor.execute("INSERT INTO revision (author) VALUES (%s)", [name])
    except OperationalError as error:
        errors.append(str(error))
    finally:
        connections[alias].close()


def autosave_and_save(path, options, django_db_blocker) -> tuple[list[str], int]:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE revision (id INTEGER PRIMARY KEY, author TEXT)")
    settings_dict = sqlite_file(path, options)
    started, errors = threading.Event(), []
    threads = [
        threading.Thread(
            target=save_revision,
            args=(settings_dict, name, started, errors),
            kwargs={"first": first},
        )
        for name, first in (("autosave", True), ("editor", False))
    ]
    with django_db_blocker.unblock():  # a database of the test's own, not the test database
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    with sqlite3.connect(path) as db:
        saved = db.execute("SELECT count(*) FROM revision").fetchone()[0]
    return errors, saved


def test_sqlite_defaults_fail_when_an_autosave_and_a_save_cross(tmp_path, django_db_blocker):
    errors, saved = autosave_and_save(tmp_path / "db.sqlite3", {"timeout": 20}, django_db_blocker)

    assert errors == ["database is locked"]
    assert saved == 1


def test_the_project_settings_let_the_second_save_wait_for_the_first(tmp_path, django_db_blocker):
    errors, saved = autosave_and_save(tmp_path / "db.sqlite3", SQLITE_OPTIONS, django_db_blocker)

    assert errors == []
    assert saved == 2
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.django_db
def test_the_development_database_uses_those_options(settings):
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("the options are SQLite's")
    options = settings.DATABASES["default"]["OPTIONS"]
    assert {key: options[key] for key in SQLITE_OPTIONS} == SQLITE_OPTIONS
