"""What participants read on paper, in the workshop's language (issue 19):
paper ballots and voter-code slips in Haitian Creole and Spanish, read back
from the PDF with pdftotext; the language asked for wins over the
workshop's; the gradients of agreement in each language."""

from __future__ import annotations

import csv
import subprocess
import unicodedata
from datetime import date

import pytest

from facilitator_app.cli import main
from facilitator_app.core.voting.ballot_texts import GRADIENT_STATEMENTS, gradient_labels
from facilitator_app.core.voting.ballots import GRADIENT_LABELS
from facilitator_app.export.code_slips import Slip, SlipSheet, write_codes
from facilitator_app.export.paper_ballots import write_paper_ballots
from facilitator_app.i18n.messages import Texts, message_language, set_message_language
from facilitator_app.services import voting, workshops
from facilitator_app.services.demo import create_demo
from tests.room_setup import ctrl_c, running

ENGLISH = ("PAPER BALLOT", "Voter:", "Hand this sheet", "Whole-hearted endorsement",
           "write the number of the statement", "Round code", "Ballot 1 of")


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFC", out).split())


@pytest.fixture
def demo(tmp_path):
    ws = create_demo(tmp_path / "demo.cluster")
    yield ws
    ws.close()


def _set_language(ws, lang: str | None) -> None:
    with ws.session() as s:
        workshops.get_workshop(s, 1).language = lang


def _gradients_round(ws, anonymity: str = "anonymous"):
    with ws.session() as s:
        r1 = voting.list_rounds(s, 1)[0]
        info = voting.create_round(s, 1, [o.priority_id for o in r1.options], "gradients",
                                   anonymity=anonymity, title="Tou 3: degre dakò")
        return info, voting.paper_ballot_data(s, info.id)


def test_the_gradient_statements_are_the_scale_in_each_language():
    assert list(GRADIENT_STATEMENTS) == list(GRADIENT_LABELS.values())
    assert gradient_labels("en") == list(GRADIENT_LABELS.values())
    creole = gradient_labels("ht")
    assert creole[0] == "Dakò nèt ale" and creole[6] == "Mwen bloke l"
    assert gradient_labels("es")[2] == "Apoyo con reservas"
    assert gradient_labels("fr")[3] == "Je m'abstiens"
    assert gradient_labels("nl")[4] == "Er is meer overleg nodig"
    for lang in ("es", "fr", "nl", "ht"):
        words = gradient_labels(lang)
        assert len(set(words)) == 7 and not set(words) & set(GRADIENT_LABELS.values()), lang


def test_a_creole_workshop_prints_creole_ballots(demo, tmp_path):
    _set_language(demo, "ht")
    info, data = _gradients_round(demo)
    assert data.language == "ht"
    text = pdf_text(write_paper_ballots(tmp_path / "bilten.pdf", data))
    for words in ("BILTEN VÒT", "Votè:", "Kòd tou vòt la", "Bilten 1 sou 19",
                  "Pou chak priyorite, ekri nimewo fraz ki pi pre sa ou panse a:",
                  "Remèt fèy sa a bay fasilitatè a.", "Priyorite", "Nimewo ou",
                  "Non ou sou fèy sa a pou fasilitatè a ka antre bilten ou",
                  *gradient_labels("ht")):
        assert words in text, words
    for words in ENGLISH:
        assert words not in text, words
    with demo.session() as s:
        day = workshops.get_workshop(s, 1).date
    assert isinstance(day, date)
    assert Texts("participant", "ht").date(day, "long") in text  # "…novanm 2026"
    assert info.options[0].label in text


def test_a_secret_creole_ballot_asks_for_no_name(demo, tmp_path):
    _set_language(demo, "ht")
    _info, data = _gradients_round(demo, "secret")
    text = pdf_text(write_paper_ballots(tmp_path / "sekre.pdf", data))
    assert "Vòt sekrè: pa ekri non ou sou fèy sa a." in text
    assert "Pesonn pa ka konnen ki fèy ki pou ou." in text


def test_the_language_asked_for_wins_over_the_workshops(demo, tmp_path):
    _set_language(demo, "ht")
    with demo.session() as s:
        r1 = voting.list_rounds(s, 1)[0]
        info = voting.create_round(s, 1, [o.priority_id for o in r1.options], "borda",
                                   anonymity="named", title="Ronda 3")
        data = voting.paper_ballot_data(s, info.id)
        day = workshops.get_workshop(s, 1).date
    text = pdf_text(write_paper_ballots(tmp_path / "boletas.pdf", data, lang="es"))
    for words in ("BOLETA", "Votante:", "Boleta 1 de 19", "Código de ronda",
                  "Ordene las prioridades: escriba 1 en la casilla de su primera opción",
                  "Es un voto nominal", "Entregue esta hoja al facilitador.",
                  Texts("participant", "es").date(day, "long")):
        assert words in text, words
    assert " de 2026" in Texts("participant", "es").date(day, "long")
    assert "BILTEN" not in text and "PAPER BALLOT" not in text


def test_a_workshop_without_a_language_follows_the_app(demo, tmp_path):
    _set_language(demo, None)
    _info, data = _gradients_round(demo)
    assert data.language is None
    text = pdf_text(write_paper_ballots(tmp_path / "en.pdf", data))
    assert "PAPER BALLOT" in text and "Whole-hearted endorsement" in text


@pytest.fixture
def keep_message_language():
    """``main`` sets the process's message language from ``--lang``: put it back."""
    before = message_language()
    yield
    set_message_language(before)


def test_the_ballots_command_prints_the_language_it_is_given(demo, tmp_path):
    """``ballots`` reads ``args.lang`` (the global ``--lang``) over the workshop's."""
    import argparse

    from facilitator_app.cli import ballots

    _set_language(demo, "ht")
    with demo.session() as s:
        r1 = voting.list_rounds(s, 1)[0]
        info = voting.create_round(s, 1, [o.priority_id for o in r1.options], "approval",
                                   anonymity="named", title="Ronde 3")
    path = demo.path
    demo.close()
    target = tmp_path / "nl.pdf"
    args = argparse.Namespace(file=str(target), workspace=str(path), round_id=info.id,
                              blank=None, lang="nl")
    assert ballots.run(args) == 0
    text = pdf_text(target)
    assert "STEMBILJET" in text and "Schrijf 1 in het vakje van elke prioriteit" in text
    assert "BILTEN" not in text
    del args.lang  # before the global option: the workshop's language
    assert ballots.run(args) == 0
    assert "BILTEN VÒT" in pdf_text(target)


def test_the_command_line_prints_creole_ballots_with_lang(demo, tmp_path, capsys,
                                                          keep_message_language):
    _set_language(demo, None)
    with demo.session() as s:
        r1 = voting.list_rounds(s, 1)[0]
        info = voting.create_round(s, 1, [o.priority_id for o in r1.options], "dots",
                                   anonymity="secret", title="Vòt ak pwen",
                                   params={"budget": 3})
    path = demo.path
    demo.close()
    target = tmp_path / "cli.pdf"
    code = main(["--lang", "ht", "ballots", str(target), "--workspace", str(path),
                 "--round", str(info.id), "--blank", "2"])
    assert code == 0, capsys.readouterr().err
    text = pdf_text(target)
    assert "BILTEN VÒT" in text and "Ou gen 3 pwen." in text
    assert "Total pwen ou yo pa dwe depase 3." in text and "Bilten 2 sou 2" in text


def _sheet(lang: str | None, secret: bool) -> SlipSheet:
    return SlipSheet("Tou 2 — Priyorite", "Koperativ Kakawo Nò", "http://10.42.0.1:8716/",
                     secret, [Slip(f"ACE-{k:03d}", None if secret else f"Manm {k} Éloïse")
                              for k in range(3)], language=lang)


def test_creole_code_slips(tmp_path):
    text = pdf_text(write_codes(tmp_path / "kod.pdf", _sheet("ht", secret=True)))
    for words in ("Kòd ou:", "Pa montre pesonn kòd ou.", "Vòt sekrè: papye sa a pa gen non",
                  "Louvri http://10.42.0.1:8716/ sou telefòn ou", "ACE-002"):
        assert words in text, words
    assert "Your code" not in text and "Open http" not in text
    with open(write_codes(tmp_path / "kod.csv", _sheet("ht", secret=False)),
              encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Manm", "Kòd", "Adrès"] and rows[1][:2] == ["Manm 0 Éloïse", "ACE-000"]


def test_spanish_code_slips_asked_for_over_a_creole_workshop(tmp_path):
    text = pdf_text(write_codes(tmp_path / "codigos.pdf", _sheet("ht", secret=False),
                                lang="es"))
    for words in ("Su código:", "No muestre su código a nadie.",
                  "Abra http://10.42.0.1:8716/ en su teléfono", "Manm 1 Éloïse"):
        assert words in text, words
    assert "Kòd ou" not in text


@pytest.mark.slow
def test_room_with_lang_serves_and_writes_codes_in_creole(tmp_path):
    """``facilitator-app --lang ht room --codes FILE``: the slips' file and the
    phone page in Creole (a real process on 127.0.0.1)."""
    import re
    import sys
    import time

    from tests.cli.test_room_cli import _workspace
    from tests.room_client import Phone

    path = tmp_path / "w.cluster"
    _workspace(path)
    codes_file = tmp_path / "kod.csv"
    process = subprocess.Popen(
        [sys.executable, "-m", "facilitator_app", "--lang", "ht", "room", "--workspace",
         str(path), "--bind", "127.0.0.1", "--port", "0", "--codes", str(codes_file)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    with running(process):
        url, deadline = None, time.monotonic() + 60
        while url is None and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            found = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
            url = found.group(1) if found else None
        assert url, process.stderr.read()
        with open(codes_file, encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh))
        assert rows[0] == ["Manm", "Kòd", "Adrès"] and len(rows) == 4
        page = Phone(url).get("/")
        assert '<html lang="ht">' in page.text and "Kòd ou pou vote" in page.text
        ctrl_c(process)
    assert process.returncode == 0
