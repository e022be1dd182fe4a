"""backup.py, restore.py and check_backup.py as run from a shell: confirmation, arguments,
errors, help, and what the check compares."""

import re
import subprocess
import sys

import pytest

from tests.backup.helpers import SCRIPTS, backup, backup_common, check_backup, restore


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
