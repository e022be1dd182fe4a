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
import contextlib
import datetime
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
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
