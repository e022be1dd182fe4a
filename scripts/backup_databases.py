"""The databases a backup holds: SQLite through its online backup API, PostgreSQL through
pg_dump and pg_restore. Raw connections, not the ORM: the schema backed up or restored need
not be the one the code describes (an older backup, a wiped database)."""

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from contextlib import closing
from pathlib import Path

from backup_common import (
    BackupError,
    last_lines,
    quote,
)


class Database:
    """What backup and restore need from a database, whatever its vendor."""

    vendor: str
    dump_name: str
    name: str
    label: str

    def connect(self): ...
    def create_if_missing(self) -> None: ...
    def tables(self, conn) -> list[str]: ...
    def dump(self, target: Path) -> tuple[list[str], dict[str, int]]: ...
    def check_dump(self, dump: Path) -> None: ...
    def restore(self, dump: Path) -> None: ...
    def drop_all(self) -> None: ...

    def state(self, conn) -> tuple[list[str], dict[str, int]]:
        """(applied migrations as "app.name", row count per table)."""
        tables = self.tables(conn)
        applied = []
        if "django_migrations" in tables:
            rows = conn.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
            applied = [f"{app}.{name}" for app, name in rows]
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {quote(t)}").fetchone()[0] for t in tables}
        return applied, counts

    def row_counts(self) -> dict[str, int]:
        with closing(self.connect()) as conn:
            return self.state(conn)[1]


class SQLiteDatabase(Database):
    vendor = "sqlite"
    dump_name = "database.sqlite3"

    def __init__(self, path: Path):
        self.path = Path(path)
        self.name = self.path.name
        self.label = str(self.path)

    def connect(self, path: Path | None = None) -> sqlite3.Connection:
        path = path or self.path
        if not path.is_file():
            raise BackupError(f"La base SQLite {path} n’existe pas.")
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)

    def create_if_missing(self) -> None:
        # Restoring onto a new machine: an empty file to take the safety backup of.
        if not self.path.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            sqlite3.connect(self.path).close()

    def tables(self, conn) -> list[str]:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
        )
        return [name for (name,) in rows]

    def dump(self, target: Path) -> tuple[list[str], dict[str, int]]:
        # The backup API copies a consistent snapshot even while the site writes; a file
        # copy could catch a half-written page or miss the WAL.
        try:
            with closing(self.connect()) as source, closing(sqlite3.connect(target)) as copy:
                source.backup(copy)
            with closing(self.connect(target)) as copy:
                return self.state(copy)
        except sqlite3.Error as error:
            raise BackupError(f"Copie de la base SQLite impossible : {error}.") from error

    def check_dump(self, dump: Path) -> None:
        try:
            with closing(self.connect(dump)) as copy:
                result = copy.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.Error as error:
            raise BackupError(f"Le fichier de base {dump.name} est illisible : {error}.") from error
        if result != "ok":
            raise BackupError(f"Le fichier de base {dump.name} est endommagé : {result}.")

    def restore(self, dump: Path) -> None:
        # Page by page into the live file, in one transaction: a failure changes nothing,
        # and tables that the backup does not have disappear.
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with closing(self.connect(dump)) as source, closing(sqlite3.connect(self.path)) as live:
                source.backup(live)
        except sqlite3.Error as error:
            raise BackupError(f"Restauration de la base SQLite impossible : {error}.") from error

    def drop_all(self) -> None:
        """Empty the database (the end-to-end check's « wipe »)."""
        with closing(sqlite3.connect(self.path)) as conn:
            conn.execute("PRAGMA foreign_keys = OFF")
            # A full-text table owns shadow tables that only its own DROP removes.
            for _ in range(3):
                for table in self.tables(conn):
                    try:
                        conn.execute(f"DROP TABLE IF EXISTS {quote(table)}")
                    except sqlite3.OperationalError:
                        pass
            conn.commit()


# Restore empties the schema first, in the same transaction as the restore itself, so
# that tables the backup does not have (a later migration) do not survive it. A server
# still running holds locks: better to fail in 30 s, rolled back, than to wait forever.
POSTGRES_DROP_ALL = """
SET LOCAL lock_timeout = '30s';
DO $$
DECLARE item record;
BEGIN
  FOR item IN SELECT viewname FROM pg_views WHERE schemaname = current_schema() LOOP
    EXECUTE format('DROP VIEW IF EXISTS %I CASCADE', item.viewname);
  END LOOP;
  FOR item IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
    EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', item.tablename);
  END LOOP;
  FOR item IN SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema() LOOP
    EXECUTE format('DROP SEQUENCE IF EXISTS %I CASCADE', item.sequencename);
  END LOOP;
END $$;
"""


class PostgresDatabase(Database):
    vendor = "postgresql"
    dump_name = "database.pgdump"

    def __init__(self, config: dict):
        self.config = config
        self.name = config["NAME"]
        self.label = f"{self.name} sur {config.get('HOST') or 'socket local'}"

    def params(self) -> dict:
        keys = {"dbname": "NAME", "host": "HOST", "port": "PORT", "user": "USER"}
        params = {
            key: str(self.config[name]) for key, name in keys.items() if self.config.get(name)
        }
        if self.config.get("PASSWORD"):
            params["password"] = self.config["PASSWORD"]
        options = self.config.get("OPTIONS") or {}
        params.update(
            {key: str(options[key]) for key in ("sslmode", "connect_timeout") if key in options}
        )
        return params

    def env(self) -> dict[str, str]:
        # libpq's variables: the password never appears on a command line.
        names = {
            "dbname": "PGDATABASE",
            "host": "PGHOST",
            "port": "PGPORT",
            "user": "PGUSER",
            "password": "PGPASSWORD",
            "sslmode": "PGSSLMODE",
            "connect_timeout": "PGCONNECT_TIMEOUT",
        }
        return {**os.environ, **{names[key]: value for key, value in self.params().items()}}

    def connect(self):
        import psycopg

        try:
            return psycopg.connect(**self.params(), autocommit=True)
        except psycopg.Error as error:
            raise BackupError(
                f"PostgreSQL ne répond pas ({self.label}) : {last_lines(str(error))}"
            ) from error

    def create_if_missing(self) -> None:
        pass  # connecting needs the database: it exists

    def tables(self, conn) -> list[str]:
        rows = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        )
        return [name for (name,) in rows]

    def run(self, command: list[str], what: str, **kwargs) -> subprocess.CompletedProcess:
        try:
            result = subprocess.run(command, env=self.env(), stderr=subprocess.PIPE, **kwargs)
        except FileNotFoundError as error:
            raise BackupError(
                f"{command[0]} est introuvable : installez postgresql-client."
            ) from error
        if result.returncode != 0:
            raise BackupError(f"{what} : {last_lines(result.stderr)}")
        return result

    def dump(self, target: Path) -> tuple[list[str], dict[str, int]]:
        import psycopg

        # pg_dump reads the snapshot this transaction exports, so the manifest counts
        # exactly the rows that the dump holds while the site keeps writing.
        with closing(self.connect()) as conn:
            conn.autocommit = False
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            conn.read_only = True
            snapshot = conn.execute("SELECT pg_export_snapshot()").fetchone()[0]
            self.run(
                ["pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={target}"],
                "pg_dump a échoué",
            )
            return self.state(conn)

    def check_dump(self, dump: Path) -> None:
        self.run(
            ["pg_restore", "--list", str(dump)],
            f"Le fichier de base {dump.name} est illisible",
            stdout=subprocess.DEVNULL,
        )

    def restore(self, dump: Path) -> None:
        # pg_restore writes SQL that psql runs in one explicit transaction, committed only
        # if pg_restore read the whole dump: any failure rolls everything back.
        restore_cmd = [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-acl",
            "--file=-",
            str(dump),
        ]
        psql_cmd = ["psql", "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1"]
        with tempfile.TemporaryFile() as errors, tempfile.TemporaryFile() as output:
            psql = subprocess.Popen(
                psql_cmd,
                stdin=subprocess.PIPE,
                stdout=output,
                stderr=subprocess.STDOUT,
                env=self.env(),
            )
            source = subprocess.Popen(
                restore_cmd, stdout=subprocess.PIPE, stderr=errors, env=self.env()
            )
            complete = stopped = False
            try:
                psql.stdin.write(b"BEGIN;\n" + POSTGRES_DROP_ALL.encode())
                shutil.copyfileobj(source.stdout, psql.stdin)
                complete = source.wait() == 0
                if complete:
                    psql.stdin.write(b"COMMIT;\n")
                # Without a COMMIT, psql disconnects at the end of its input and the server
                # rolls the whole transaction back.
                psql.stdin.close()
            except BrokenPipeError:
                stopped = True  # psql stopped at an error (ON_ERROR_STOP)
                with contextlib.suppress(BrokenPipeError):
                    psql.stdin.close()
            source.stdout.close()
            source.wait()
            code = psql.wait()
            errors.seek(0)
            output.seek(0)
            if stopped or (complete and code != 0):
                raise BackupError(f"psql a échoué, base inchangée : {last_lines(output.read())}")
            if not complete:
                raise BackupError(
                    f"pg_restore a échoué, base inchangée : {last_lines(errors.read())}"
                )
        with closing(self.connect()) as conn:
            conn.execute("ANALYZE")  # pg_restore leaves the planner without statistics

    def drop_all(self) -> None:
        with closing(self.connect()) as conn:
            conn.execute(POSTGRES_DROP_ALL)


def database_from_config(config: dict) -> Database:
    """The database of a Django DATABASES entry."""
    engine = config["ENGINE"]
    if engine.endswith("sqlite3"):
        return SQLiteDatabase(Path(config["NAME"]))
    if engine.endswith("postgresql"):
        return PostgresDatabase(config)
    raise BackupError(f"Base {engine} non prise en charge : SQLite ou PostgreSQL seulement.")
