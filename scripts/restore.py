#!/usr/bin/env python
"""Restore a backup written by backup.py (README, « Sauvegarde et restauration »).

    .venv/bin/python scripts/restore.py SAUVEGARDE --verify-only
    .venv/bin/python scripts/restore.py SAUVEGARDE [--yes]

Everything is checked before anything changes: the manifest, the sha256 of each file, the
vendor, the migrations (none unknown to this code), the database file and the media
archive. Then the current state goes into a safety backup, and only then are the database
and the media replaced; the row counts are compared with the manifest at the end.
"""

import ast
import importlib.util
import shutil
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path

from backup import (
    Media,
    Parser,
    configured,
    create_backup,
    default_backup_dir,
    key_counts,
    latest_migrations,
    media_files,
    setup_django,
)
from backup_common import (
    FORMAT,
    MANIFEST,
    MEDIA_ARCHIVE,
    STAGING,
    BackupError,
    Report,
    fr,
    indent,
    number,
    say,
    sha256,
)
from backup_databases import (
    Database,
)


def read_manifest(backup: Path) -> dict:
    if not backup.is_dir():
        raise BackupError(
            f"Sauvegarde introuvable : {backup} (attendu : un dossier écrit par backup.py)."
        )
    try:
        manifest = json_load(backup / MANIFEST)
    except FileNotFoundError as error:
        raise BackupError(f"Sauvegarde incomplète : {MANIFEST} manque dans {backup}.") from error
    except (ValueError, UnicodeDecodeError) as error:
        raise BackupError(f"Sauvegarde corrompue : {MANIFEST} n’est pas du JSON valide.") from error
    try:
        if manifest["format"] != FORMAT:
            raise BackupError(
                f"Sauvegarde au format {manifest['format']}, inconnu : ce script lit le {FORMAT}."
            )
        database, media = manifest["database"], manifest["media"]
        for key in ("vendor", "file", "applied_migrations", "row_counts"):
            database[key]
        if media["storage"] == "local":
            media["file"], media["files"]
        for entry in manifest["files"].values():
            entry["sha256"], entry["bytes"]
    except (KeyError, TypeError, AttributeError) as error:
        raise BackupError(f"Sauvegarde corrompue : {MANIFEST} incomplet ({error}).") from error
    return manifest


def json_load(path: Path) -> dict:
    import json

    manifest = json.loads(path.read_text())
    if not isinstance(manifest, dict):
        raise ValueError(path)
    return manifest


def verify_backup(backup: Path, *, db: Database, report: Report = say) -> dict:
    """Check a backup against its manifest and this installation and return the manifest;
    raise BackupError if it cannot be restored here. Reads only."""
    manifest = read_manifest(backup)
    needed = [manifest["database"]["file"]]
    if manifest["media"]["storage"] == "local":
        needed.append(manifest["media"]["file"])
    for name in needed:
        if name not in manifest["files"]:
            raise BackupError(f"Sauvegarde corrompue : le manifeste ne décrit pas {name}.")
    for name, expected in manifest["files"].items():
        path = backup / name
        if Path(name).name != name or not path.is_file():
            raise BackupError(f"Sauvegarde incomplète : le fichier {name} manque.")
        if path.stat().st_size != expected["bytes"] or sha256(path) != expected["sha256"]:
            raise BackupError(
                f"Sauvegarde corrompue : le contenu de {name} ne correspond pas à son "
                "empreinte sha256 dans le manifeste."
            )
    report(f"  Fichiers : {len(manifest['files'])}, empreintes sha256 conformes au manifeste.")
    vendor = manifest["database"]["vendor"]
    if vendor != db.vendor:
        raise BackupError(
            f"Cette sauvegarde vient d’une base {vendor} et la base configurée est {db.vendor} : "
            "restaurez-la sur une base du même type."
        )
    unknown, behind = migration_gaps(manifest["database"]["applied_migrations"])
    if unknown:
        raise BackupError(
            "Cette sauvegarde a des migrations que ce code ne connaît pas "
            f"({', '.join(unknown[:5])}) : elle vient d’une version plus récente ou d’une "
            "autre branche. Déployez la même version du code avant de restaurer."
        )
    db.check_dump(backup / manifest["database"]["file"])
    report(f"  Base : fichier {vendor} lisible, migrations connues de ce code.")
    if behind:
        report(
            f"  Note : le code a des migrations plus récentes pour {', '.join(behind[:5])} ; "
            "après la restauration, lancez « manage.py migrate »."
        )
    if manifest["media"]["storage"] == "local":
        count = check_media_archive(backup / manifest["media"]["file"])
        if count != manifest["media"]["files"]:
            raise BackupError(
                f"Sauvegarde incomplète : l’archive des médias contient {count} fichiers et "
                f"le manifeste en annonce {manifest['media']['files']}."
            )
        report(f"  Médias : archive lisible, {number(count)} fichiers.")
    return manifest


def code_migrations() -> dict[str, set[str]]:
    """This code's migrations per app, with those they replace, read from the files.

    Not through MigrationLoader: importing wagtail-localize's first migration queries the
    database, the very one about to be replaced.
    """
    from django.apps import apps
    from django.db.migrations.loader import MigrationLoader

    found = {}
    for config in apps.get_app_configs():
        module, _ = MigrationLoader.migrations_module(config.label)
        try:
            spec = importlib.util.find_spec(module) if module else None
        except ModuleNotFoundError:
            spec = None
        if spec is None or not spec.submodule_search_locations:
            continue
        names = set()
        for path in Path(next(iter(spec.submodule_search_locations))).glob("*.py"):
            if not path.name.startswith("_"):
                names.add(path.stem)
                names.update(name for app, name in replaced(path) if app == config.label)
        found[config.label] = names
    return found


def replaced(path: Path) -> list[tuple[str, str]]:
    """The `replaces` list of a squashed migration file."""
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "replaces" for target in node.targets
        ):
            return [tuple(pair) for pair in ast.literal_eval(node.value)]
    return []


def migration_gaps(applied: list[str]) -> tuple[list[str], list[str]]:
    """(migrations of the backup that this code lacks, apps whose code has newer ones)."""
    code = code_migrations()
    unknown = [
        entry
        for entry in applied
        if entry.split(".", 1)[1] not in code.get(entry.split(".")[0], ())
    ]
    latest = latest_migrations(applied)
    # Migration names start with a 4-digit number: the greatest name is the latest.
    behind = sorted(
        app for app, names in code.items() if names and latest.get(app, "") < max(names)
    )
    return unknown, behind


def check_media_archive(archive: Path) -> int:
    """Count the files of a media archive, refusing any member that would land outside."""
    count = 0
    try:
        with tarfile.open(archive, "r:gz") as tar:
            for member in tar:
                name = Path(member.name)
                unsafe = name.is_absolute() or ".." in name.parts
                if unsafe or not (member.isfile() or member.isdir()):
                    raise BackupError(
                        f"Archive des médias refusée : « {member.name} » sortirait du dossier "
                        "des médias ou n’est pas un fichier ordinaire."
                    )
                count += member.isfile()
    except (tarfile.TarError, OSError, EOFError) as error:
        raise BackupError(f"Archive des médias illisible : {error}.") from error
    return count


def restore_backup(
    backup: Path,
    *,
    db: Database,
    media: Media,
    safety_dir: Path,
    confirm: Callable[[dict], bool],
    report: Report = say,
) -> Path:
    """Replace the database and the media with a backup; return the safety backup of what
    they held before. Nothing changes unless the backup checks out and `confirm` agrees."""
    report(f"Vérification de {backup}")
    manifest = verify_backup(backup, db=db, report=report)
    counts = manifest["database"]["row_counts"]
    report(
        f"  Sauvegarde du {manifest['created_at']} : {len(counts)} tables, "
        f"{number(sum(counts.values()))} lignes{key_counts(counts)}."
    )
    if not confirm(manifest):
        raise BackupError(
            "Restauration non confirmée : rien n’a été modifié. Elle remplace toute la base "
            "et tous les médias ; relancez avec --yes pour confirmer."
        )
    report("Sauvegarde de sécurité de l’état actuel, avant d’effacer quoi que ce soit")
    db.create_if_missing()
    safety = create_backup(
        db=db,
        media=media,
        output_dir=safety_dir,
        prefix="avant-restauration",
        report=indent(report),
    )
    try:
        report(f"Restauration de la base {db.vendor} : {db.label}")
        db.restore(backup / manifest["database"]["file"])
        restore_media(backup, manifest, media, report)
        restored = db.row_counts()
        if restored != counts:
            differing = sorted(
                t for t in set(counts) | set(restored) if counts.get(t) != restored.get(t)
            )
            raise BackupError(
                "La base restaurée ne correspond pas au manifeste "
                f"(tables {', '.join(differing[:5])})."
            )
    except (BackupError, OSError, tarfile.TarError) as error:
        raise BackupError(
            f"{error} L’état d’avant est dans {safety} : « scripts/restore.py {safety} --yes » "
            "le remet en place."
        ) from error
    report(
        f"  {len(restored)} tables, {number(sum(restored.values()))} lignes : "
        "conformes au manifeste."
    )
    report(f"Restauration terminée. L’état d’avant reste dans {safety}.")
    return safety


def restore_media(backup: Path, manifest: dict, media: Media, report: Report) -> None:
    if manifest["media"]["storage"] != "local":
        report(
            "Médias : la sauvegarde n’en contient pas (stockage objet) ; ceux du bucket restent "
            "tels quels, leur restauration passe par son versionnement."
        )
        return
    if media.root is None:
        report(
            f"Médias : cette installation les garde sur un stockage objet ({media.remote}) ; "
            f"l’archive {MEDIA_ARCHIVE} de la sauvegarde n’y est pas copiée."
        )
        return
    report(f"Restauration des médias : {media.root}")
    staging = media.root / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    with tarfile.open(backup / manifest["media"]["file"], "r:gz") as tar:
        tar.extractall(staging, filter="data")
    for entry in media.root.iterdir():
        if entry == staging:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    for entry in staging.iterdir():
        entry.rename(media.root / entry.name)
    staging.rmdir()
    count = len(media_files(media.root))
    if count != manifest["media"]["files"]:
        raise BackupError(
            f"Médias restaurés incomplets : {count} fichiers au lieu de "
            f"{manifest['media']['files']}."
        )
    report(f"  {number(count)} fichiers restaurés.")


def ask_confirmation(manifest: dict) -> bool:
    if not sys.stdin.isatty():
        return False
    question = "La base et les médias actuels vont être remplacés. Tapez « oui » pour continuer : "
    try:
        return input(fr(question)).strip().lower() == "oui"
    except EOFError:
        return False


def main(
    argv: list[str] | None = None, *, db: Database | None = None, media: Media | None = None
) -> int:
    parser = Parser(
        prog="restore.py",
        description=fr(
            "Restaure une sauvegarde écrite par backup.py : vérifie tout (manifeste, empreintes "
            "sha256, type de base, migrations), met l’état actuel de côté dans une sauvegarde de "
            "sécurité, puis remplace toute la base et tous les médias. Arrêtez d’abord les "
            "serveurs d’application et les tâches cron. Codes de sortie : 0 succès, 1 refus ou "
            "échec, 2 arguments invalides."
        ),
    )
    parser.add_argument(
        "backup", type=Path, metavar="SAUVEGARDE", help=fr("dossier de la sauvegarde")
    )
    parser.add_argument(
        "--yes", action="store_true", help=fr("confirme la restauration sans poser la question")
    )
    parser.add_argument(
        "--verify-only",
        action="store_true",
        help=fr("vérifie la sauvegarde et s’arrête là : rien n’est modifié"),
    )
    parser.add_argument(
        "--safety-dir",
        type=Path,
        default=default_backup_dir(),
        metavar="DOSSIER",
        help=fr(
            "où écrire la sauvegarde de sécurité "
            f"(défaut : $BACKUP_DIR, sinon {default_backup_dir()})"
        ),
    )
    args = parser.parse_args(argv)
    try:
        if db is None or media is None:
            db, media = configured()
        if args.verify_only:
            say(f"Vérification de {args.backup}")
            verify_backup(args.backup, db=db)
            say("Sauvegarde intègre, restaurable sur cette installation.")
        else:
            confirm = (lambda manifest: True) if args.yes else ask_confirmation
            restore_backup(
                args.backup, db=db, media=media, safety_dir=args.safety_dir, confirm=confirm
            )
    except BackupError as error:
        print(fr(f"Erreur : {error}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(fr("Interrompu."), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    setup_django()
    sys.exit(main())
