#!/usr/bin/env python
"""End-to-end check of backup.py and restore.py on a throwaway copy of the demo.

    .venv/bin/python scripts/check_backup.py              # SQLite in a temporary directory
    .venv/bin/python scripts/check_backup.py --postgres   # PostgreSQL database backup_check

Seeds the demo into its own database and MEDIA_ROOT (never the developer's), adds a
document and an image rendition, takes a snapshot (rows and sha256 of every table in
primary-key order, sha256 of every media file), runs backup.py, wipes everything (drops
every table, deletes the media), runs restore.py --yes, and compares. Exit code 1 on any
difference.
"""

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from backup import (
    media_files,
)
from backup_common import (
    BASE_DIR,
    BackupError,
    fr,
    number,
    quote,
)
from backup_databases import (
    Database,
    database_from_config,
)

PYTHON = sys.executable
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/backup_check"
# Created outside the demo, so that the check covers documents/ and the renditions.
EXTRAS = """
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

get_document_model().objects.create(
    title="Dossier de presse", file=ContentFile("Tradition et modernité\\n".encode(), "presse.txt")
)
for image in get_image_model().objects.order_by("pk")[:3]:
    image.get_rendition("fill-120x90")
"""


def say(text: str = "") -> None:
    print(fr(text), flush=True)


def primary_key(conn, db: Database, table: str) -> list[str]:
    if db.vendor == "sqlite":
        columns = conn.execute(f"PRAGMA table_info({quote(table)})").fetchall()
        return [name for _, name, *_, pk in sorted(columns, key=lambda c: c[-1]) if pk]
    rows = conn.execute(
        "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
        "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary "
        "ORDER BY array_position(i.indkey::int2[], a.attnum)",
        (quote(table),),
    )
    return [name for (name,) in rows]


def table_digest(conn, db: Database, table: str) -> tuple[int, str]:
    """(rows, sha256 of the rows in primary-key order; sorted rows when there is no key)."""
    keys = primary_key(conn, db, table)
    order = f" ORDER BY {', '.join(quote(key) for key in keys)}" if keys else ""
    rows = conn.execute(f"SELECT * FROM {quote(table)}{order}")
    lines = (repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)) for row in rows)
    if not keys:
        lines = iter(sorted(lines))
    digest, count = hashlib.sha256(), 0
    for line in lines:
        digest.update(line.encode() + b"\n")
        count += 1
    return count, digest.hexdigest()


def snapshot(db: Database, media_root: Path) -> dict:
    """Every table's rows and checksum, every media file's sha256."""
    tables = {}
    if db.vendor == "postgresql" or db.path.exists():
        with closing(db.connect()) as conn:
            tables = {table: table_digest(conn, db, table) for table in db.tables(conn)}
    media = {}
    if media_root.is_dir():
        for path in media_files(media_root):
            media[path.relative_to(media_root).as_posix()] = hashlib.sha256(
                path.read_bytes()
            ).hexdigest()
    return {"tables": tables, "media": media}


def compare(before: dict, after: dict) -> list[tuple[str, str, str, str]]:
    """Rows of the comparison table: (what, before, after, verdict)."""

    def verdict(same: bool, detail: str = "identique") -> str:
        return detail if same else "DIFFÉRENT"

    tb, ta, mb, ma = before["tables"], after["tables"], before["media"], after["media"]
    same_tables = [t for t in tb if ta.get(t) == tb[t]]
    same_files = [f for f in mb if ma.get(f) == mb[f]]
    rows_before = sum(count for count, _ in tb.values())
    rows_after = sum(count for count, _ in ta.values())
    all_tables_same = len(tb) == len(ta) and len(same_tables) == len(tb)
    return [
        ("tables", number(len(tb)), number(len(ta)), verdict(set(tb) == set(ta))),
        (
            "lignes, toutes tables",
            number(rows_before),
            number(rows_after),
            verdict(rows_before == rows_after),
        ),
        (
            "lignes par table",
            number(len(tb)),
            number(sum(1 for t in tb if t in ta and ta[t][0] == tb[t][0])),
            verdict(all(t in ta and ta[t][0] == tb[t][0] for t in tb) and set(tb) == set(ta)),
        ),
        (
            "contenu de chaque table (sha256, ordre de la clé primaire)",
            number(len(tb)),
            number(len(same_tables)),
            verdict(all_tables_same, f"{len(same_tables)}/{len(tb)} identiques"),
        ),
        ("fichiers médias", number(len(mb)), number(len(ma)), verdict(set(mb) == set(ma))),
        (
            "contenu de chaque fichier média (sha256)",
            number(len(mb)),
            number(len(same_files)),
            verdict(
                len(same_files) == len(mb) == len(ma), f"{len(same_files)}/{len(mb)} identiques"
            ),
        ),
    ]


def print_table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> None:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        cells = [
            str(cell).ljust(widths[0]) if i == 0 else str(cell).rjust(widths[i])
            for i, cell in enumerate(row)
        ]
        say("  " + "  ".join(cells))


class Check:
    def __init__(self, args):
        import dj_database_url

        self.workdir = Path(tempfile.mkdtemp(prefix="tem-backup-check-"))
        self.media_root = self.workdir / "media"
        if args.postgres:
            self.url = args.postgres_url
        else:
            self.url = f"sqlite:///{self.workdir / 'db.sqlite3'}"
        self.config = dj_database_url.parse(self.url)
        self.db = database_from_config(self.config)
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": self.url,
            "MEDIA_ROOT": str(self.media_root),
            "BACKUP_DIR": str(self.workdir / "backups"),
            "REDIS_URL": "",
        }
        self.image_size = args.image_size

    def step(self, title: str, command: list[str], *, show: bool) -> None:
        say(f"==> {title}")
        started = time.monotonic()
        result = subprocess.run(command, cwd=BASE_DIR, env=self.env, text=True, capture_output=True)
        if show or result.returncode != 0:
            for line in (result.stdout + result.stderr).rstrip().splitlines():
                print(f"    {line}")
        if result.returncode != 0:
            raise SystemExit(fr(f"Échec ({result.returncode}) : {' '.join(command)}"))
        say(f"    ({time.monotonic() - started:.1f} s)")

    def create_postgres_database(self) -> None:
        name = self.config["NAME"]
        maintenance = {**self.config, "NAME": "postgres"}
        admin = database_from_config(maintenance)
        with closing(admin.connect()) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {quote(name)} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {quote(name)}")

    def drop_postgres_database(self) -> None:
        admin = database_from_config({**self.config, "NAME": "postgres"})
        with closing(admin.connect()) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {quote(self.config['NAME'])} WITH (FORCE)")

    def run(self) -> int:
        say(f"Copie jetable : {self.workdir} ; base {self.db.vendor} {self.db.label}")
        if self.db.vendor == "postgresql":
            self.create_postgres_database()
        manage = [PYTHON, "manage.py"]
        self.step("Migrations", [*manage, "migrate", "--no-input"], show=False)
        self.step(
            f"Démo (images {self.image_size})",
            [*manage, "seed_demo", "--image-size", self.image_size],
            show=False,
        )
        self.step("Document et rendus d’images", [*manage, "shell", "-c", EXTRAS], show=False)
        before = snapshot(self.db, self.media_root)
        say(
            f"    État de départ : {len(before['tables'])} tables, "
            f"{number(sum(c for c, _ in before['tables'].values()))} lignes, "
            f"{len(before['media'])} fichiers médias"
        )
        self.step("Sauvegarde (scripts/backup.py)", [PYTHON, "scripts/backup.py"], show=True)
        backups = sorted((self.workdir / "backups").glob("sauvegarde-*"))
        say("==> Effacement : toutes les tables supprimées, dossier des médias vidé")
        self.db.drop_all()
        shutil.rmtree(self.media_root)
        wiped = snapshot(self.db, self.media_root)
        say(f"    Reste : {len(wiped['tables'])} tables, {len(wiped['media'])} fichiers médias")
        self.step(
            "Restauration (scripts/restore.py --yes)",
            [PYTHON, "scripts/restore.py", str(backups[-1]), "--yes"],
            show=True,
        )
        after = snapshot(self.db, self.media_root)
        safety = sorted((self.workdir / "backups").glob("avant-restauration-*/manifest.json"))

        say("")
        say("Comparaison : état de départ / état après restauration")
        rows = compare(before, after)
        rows.append(
            (
                "état effacé avant restauration (tables, fichiers)",
                "",
                f"{len(wiped['tables'])}, {len(wiped['media'])}",
                "vide" if not wiped["tables"] and not wiped["media"] else "NON VIDE",
            )
        )
        rows.append(
            (
                "sauvegarde de sécurité prise avant d’effacer",
                "",
                str(len(safety)),
                "oui" if safety else "NON",
            )
        )
        print_table(rows, ("élément comparé", "avant", "après", "résultat"))
        failed = [row for row in rows if row[3] in {"DIFFÉRENT", "NON VIDE", "NON"}]
        differing = sorted(
            t
            for t in set(before["tables"]) | set(after["tables"])
            if before["tables"].get(t) != after["tables"].get(t)
        )
        differing += sorted(
            f
            for f in set(before["media"]) | set(after["media"])
            if before["media"].get(f) != after["media"].get(f)
        )
        for name in differing[:20]:
            say(f"  différence : {name}")
        if failed or differing:
            say("ÉCHEC : la restauration ne rend pas l’état sauvegardé.")
            return 1
        say("Succès : base et médias restaurés à l’identique.")
        return 0

    def cleanup(self, keep: bool) -> None:
        if keep:
            say(
                f"Copie conservée : {self.workdir}"
                + (f", base {self.config['NAME']}" if self.db.vendor == "postgresql" else "")
            )
            return
        if self.db.vendor == "postgresql":
            self.drop_postgres_database()
        shutil.rmtree(self.workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="check_backup.py",
        description=fr(
            "Vérifie de bout en bout la sauvegarde et la restauration sur une copie jetable de "
            "la démo (sa propre base, ses propres médias) : sauvegarde, effacement, "
            "restauration, comparaison table par table et fichier par fichier. Code de "
            "sortie 1 à la moindre différence."
        ),
    )
    parser.add_argument(
        "--postgres",
        action="store_true",
        help=fr(f"utiliser PostgreSQL (base jetable, défaut : {DEFAULT_POSTGRES})"),
    )
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("BACKUP_CHECK_POSTGRES_URL", DEFAULT_POSTGRES),
        help=fr(
            "adresse de la base jetable ; son nom doit commencer par « backup_check », "
            "car elle est supprimée et recréée"
        ),
    )
    parser.add_argument(
        "--image-size",
        default="160x120",
        help=fr("taille des images de la démo (défaut : 160x120)"),
    )
    parser.add_argument("--keep", action="store_true", help=fr("garder la copie jetable à la fin"))
    args = parser.parse_args(argv)
    if args.postgres:
        import dj_database_url

        name = dj_database_url.parse(args.postgres_url).get("NAME") or ""
        if not name.startswith("backup_check"):
            parser.error(
                fr(
                    f"la base « {name} » sera supprimée : "
                    "son nom doit commencer par « backup_check »"
                )
            )
    check = Check(args)
    try:
        return check.run()
    except BackupError as error:
        print(fr(f"Erreur : {error}"), file=sys.stderr)
        return 1
    finally:
        check.cleanup(args.keep)


if __name__ == "__main__":
    sys.exit(main())
