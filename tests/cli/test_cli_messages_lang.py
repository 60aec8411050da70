"""The command line's messages in the language asked for: ``--lang`` before
the command, else the app's language setting, else the computer's language
(``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``; ``FACILITATOR_APP_LANG``
stands in for them), English when it is not one of the app's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.i18n.messages import message_language
from facilitator_app.services.demo import create_demo
from facilitator_app.storage.workspace import open_workspace
from tests.cli_in_process import run_main

REPO = Path(__file__).parents[2]
FIXTURES = REPO / "tests" / "fixtures"
NBSP = "\u00a0"


def run_process(*args: str, **env: str | None) -> subprocess.CompletedProcess[str]:
    """``python -m facilitator_app ARGS`` in a new process, with ``env``
    changed (None removes a variable)."""
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name, value in env.items():
        if value is None:
            environ.pop(name, None)
        else:
            environ[name] = value
    return subprocess.run([sys.executable, "-m", "facilitator_app", *args], cwd=REPO,
                          env=environ, capture_output=True, text=True, encoding="utf-8",
                          timeout=120, check=False)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "démo.cluster"
    create_demo(path).close()
    return path


def test_a_missing_workspace_is_said_in_spanish_on_one_line_of_stderr(tmp_path):
    missing = tmp_path / "nowhere.cluster"
    done = run_process("--lang", "es", "report", str(tmp_path / "out.pdf"),
                       "--workspace", str(missing))
    assert done.returncode == 2  # an unusable file, as in English
    assert done.stdout == ""
    assert done.stderr == f"facilitator-app: {missing} no existe.\n"
    assert not (tmp_path / "out.pdf").exists()
    # the same command without --lang in this suite (English pinned): English
    english = run_main("report", str(tmp_path / "out.pdf"), "--workspace", str(missing))
    assert (english.returncode, english.stderr) == (
        2, f"facilitator-app: {missing} does not exist.\n")


def test_the_demo_is_confirmed_in_french(tmp_path):
    path = tmp_path / "atelier.cluster"
    done = run_main("--lang", "fr", "demo", str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        f"Espace de travail de démonstration créé{NBSP}: {path} (30 membres, 1 atelier, ")
    assert "tours de vote" in done.stdout and "bulletins)" in done.stdout
    assert message_language() == "fr"  # what the command's messages were made in


def test_haitian_creole_messages_fall_back_to_french(tmp_path):
    done = run_main("--lang", "ht", "roster", "export", str(tmp_path / "list.ods"),
                    "--workspace", str(tmp_path / "x.cluster"))
    assert done.returncode == 2
    assert done.stderr == ("facilitator-app: list.ods\u00a0: la liste des membres ne peut être "
                           "exportée qu'en .xlsx ou .csv.\n")


def test_the_roster_import_says_its_problems_and_counts_in_dutch(tmp_path):
    empty = tmp_path / "leeg.cluster"
    open_workspace(empty, create=True).close()
    done = run_main("--lang", "nl", "roster", "import", str(FIXTURES / "roster_messy.xlsx"),
                    "--workspace", str(empty))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0] == "roster_messy.xlsx: 15 rijen met leden (kopregel op rij 4)"
    assert lines[1] == ("rij 7: waarschuwing: E-mail \u201cestate@belmont\u201d is geen geldig "
                        "e-mailadres: leeg gelaten, de tekst wordt in de notities bewaard.")
    assert lines[2].startswith("rij 11: fout: De naam van de organisatie is een formule")
    assert ("Zou worden geïmporteerd: 13 nieuw, 1 dubbele rij in het bestand overgeslagen, "
            "1 rij met een fout weggelaten") in lines
    assert lines[-1] == ("Er is niets geïmporteerd: 1 rij bevat een fout. Verbeter het bestand, "
                         "of gebruik --skip-invalid om de andere rijen te importeren.")


def test_the_tally_table_speaks_spanish():
    done = run_main("--lang", "es", "tally", str(FIXTURES / "ballots_ranked.csv"),
                    "--method", "borda")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Clasificación (recuento Borda): ballots_ranked.csv"
    assert lines[1] == "12 boletas contadas"
    assert lines[3].split() == ["#", "Opción", "Puntos"]
    assert any(line.startswith(("Ganadora: ", "Empate en el primer lugar: ")) for line in lines)


def test_a_language_of_the_computer_the_app_has_is_used_without_lang(tmp_path):
    missing = tmp_path / "nowhere.cluster"
    args = ("report", str(tmp_path / "out.pdf"), "--workspace", str(missing))
    spanish = run_process(*args, FACILITATOR_APP_LANG=None, LANGUAGE=None, LC_ALL=None,
                          LC_MESSAGES=None, LANG="es_DO.UTF-8")
    assert spanish.stderr == f"facilitator-app: {missing} no existe.\n"
    german = run_process(*args, FACILITATOR_APP_LANG=None, LANGUAGE=None, LC_ALL=None,
                         LC_MESSAGES=None, LANG="de_DE.UTF-8")
    assert german.stderr == f"facilitator-app: {missing} does not exist.\n"
    pinned = run_process(*args, FACILITATOR_APP_LANG="nl", LANG="es_DO.UTF-8")
    assert pinned.stderr == f"facilitator-app: {missing} bestaat niet.\n"
    # --lang wins over both
    asked = run_process("--lang", "fr", *args, FACILITATOR_APP_LANG="nl")
    assert asked.stderr == f"facilitator-app: {missing} n'existe pas.\n"


def test_lang_reaches_the_command_as_args_lang(monkeypatch, tmp_path):
    seen = {}

    def handler(args):
        seen["lang"] = args.lang
        return 0

    from facilitator_app.cli import report

    monkeypatch.setattr(report, "run", handler)
    out = str(tmp_path / "r.pdf")
    assert run_main("--lang", "nl", "report", out, "--workspace", "w").returncode == 0
    assert seen == {"lang": "nl"}
    assert run_main("report", out, "--workspace", "w").returncode == 0
    assert seen == {"lang": None}
    # the command's own --lang (after its name) counts the same
    assert run_main("report", out, "--workspace", "w", "--lang", "es").returncode == 0
    assert seen == {"lang": "es"}
    assert message_language() == "es"


def test_a_refused_option_value_is_said_in_the_language_asked_for():
    """--lang is read before the options are: the tally's own refusal of a
    value is in Spanish (argparse's own words around it stay English)."""
    done = run_main("--lang", "es", "tally", str(FIXTURES / "ballots_ranked.csv"),
                    "--method", "score", "--max-iqr", "inf")
    assert done.returncode == 2
    assert done.stderr.endswith(": \u201cinf\u201d no es un número (p. ej. 1 o 1.5)\n")
    assert len(done.stderr.splitlines()) == 1


def test_the_field_changes_of_an_update_in_spanish(demo):
    done = run_main("--lang", "es", "roster", "import", str(FIXTURES / "roster_messy.csv"),
                    "--workspace", str(demo), "--dry-run", "--on-duplicate", "update")
    lines = done.stdout.splitlines()
    # a choice's label, a kept spelling and why, the notes added: all in Spanish
    assert "fila 19:   Tamaño: Micro -> Pequeña" in lines
    assert ("fila 19:   Organización: se conserva Chocolaterie Bèl Kakao, no chocolaterie bel "
            "kakao (mismo nombre sin sus tildes: se conserva la grafía de la lista)") in lines
    assert any(line.startswith("fila 7:   Notas: se agrega ") for line in lines)
    assert lines[-1] == "Prueba sin cambios: no se modificó nada."
