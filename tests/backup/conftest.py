"""`site`: each test's own SQLite file, then its own PostgreSQL database when one listens."""

import os
import sqlite3
from contextlib import closing

import dj_database_url
import pytest

from tests.backup.helpers import POSTGRES_SERVER, Site, backup_databases, postgres


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
