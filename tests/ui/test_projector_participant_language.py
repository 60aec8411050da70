"""The words the projector shows the participants while they vote (the phone
voting window's steps and turnout, the presenter's join and turnout slides)
are in the participants' language: the workshop's, else the app's; Haitian
Creole included, like the phone pages (issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from facilitator_app.services import voting
from facilitator_app.storage.models import Workshop
from facilitator_app.storage.workspace import open_workspace
from facilitator_app.ui import languages
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.voting_tab import VotingTab
from tests.ui.voting_setup import no_modal_dialogs, small_workshop  # noqa: F401


@pytest.fixture
def app_language():
    configure_application()
    locale = QLocale()
    yield
    languages.install("en")
    QLocale.setDefault(locale)


def set_language(ctx, workshop_id: int, lang: str | None) -> None:
    with ctx.session() as s:
        s.get(Workshop, workshop_id).language = lang
        s.commit()


def phone_window(qtbot, data):
    tab = VotingTab(data.ctx, data.workshop_id)
    qtbot.addWidget(tab)
    with data.ctx.session() as s:
        info = voting.create_round(s, data.workshop_id, data.priorities, "borda")
    tab.reload(select=info.id)
    window = tab.open_phones(host="127.0.0.1", port=0, show=False)
    assert window is not None
    return window


@pytest.mark.parametrize(("workshop", "app", "steps", "turnout"), [
    ("ht", "en", ("1. Konekte sou Wi-Fi òdinatè a.  2. Eskane kòd la oswa louvri adrès la.  "
                  "3. Tape kòd ki sou ti papye ou a."), "0 sou 4 vote deja"),
    ("es", "fr", ("1. Conéctese al wifi del portátil.  2. Escanee el código o abra la "
                  "dirección.  3. Escriba el código de su papel."), "0 de 4 han votado"),
    (None, "nl", ("1. Maak verbinding met de wifi van de laptop.  2. Scan de code of open "
                  "het adres.  3. Typ de code van uw briefje."), "0 van 4 hebben gestemd"),
])
def test_the_phone_window_speaks_the_participants_language(
        qtbot, tmp_path, app_language, workshop, app, steps, turnout):
    languages.install(app)
    data = small_workshop(tmp_path)
    try:
        set_language(data.ctx, data.workshop_id, workshop)
        window = phone_window(qtbot, data)
        try:
            assert window.findChild(QLabel, "join_steps").text() == steps
            assert window.findChild(QLabel, "turnout").text() == turnout
            window.resize(1280, 720)
            window.grab().save(str(tmp_path / f"phones_{workshop}.png"))
        finally:
            window.stop()
    finally:
        data.ws.close()


def test_the_presenter_join_and_turnout_slides_speak_the_participants_language(
        qtbot, tmp_path, app_language):
    from facilitator_app.services.demo import create_demo

    path = tmp_path / "démo.cluster"
    create_demo(path).close()
    win = MainWindow(open_workspace(path))
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    try:
        set_language(win.ctx, 1, "fr")
        win.navigate("workshops")
        view = win.pages["workshops"].open_workshop(1, "voting")
        with win.ctx.session() as s:
            open_round = voting.list_rounds(s, 1)[2]
            voters = len(voting.voters(s, open_round.id))
        qtbot.keyClick(win, Qt.Key.Key_F5)
        presenter = win.presenter_control.window
        turnout = presenter.slides["turnout"]
        assert turnout.count_label.text() == f"0 sur {voters} a voté"
        assert turnout.state_label.text() == "Le vote est ouvert"
        phones = view.tab("voting").open_phones(host="127.0.0.1", port=0, show=False)
        assert phones is not None
        win.presenter_control.update_menu()
        win.presenter_control.kind_actions["join"].trigger()
        join = presenter.slides["join"]
        assert join.steps.text() == (
            "Connectez-vous au Wi-Fi de l'ordinateur, scannez le code ou saisissez "
            "l'adresse, puis entrez le code de votre papier.")
        assert join.count_label.text() == f"0 sur {voters} a voté"
        presenter.grab().save(str(tmp_path / "join_fr.png"))
        phones.stop()
        qtbot.waitUntil(lambda: join.steps.text() == "Le vote par téléphone n'est pas ouvert.",
                        timeout=3000)
    finally:
        win.presenter_control.window.close() if win.presenter_control.window else None
        win.close()
