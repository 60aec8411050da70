"""The kiosk speaks the workshop's language to the voters (issue 19), Haitian
Creole included, while the window stays in the app's language: the labels
and buttons are read back from the real widgets, and the gradient buttons'
longer Creole statements are not cut. A grab of the Creole ballot goes to
``$KIOSK_SCREENSHOTS`` when it is set."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton

from facilitator_app.core.voting.ballot_texts import gradient_labels
from facilitator_app.services import voting
from facilitator_app.ui import languages
from tests.ui.voting_setup import (  # noqa: F401
    click_named,
    no_modal_dialogs,
    start_workshop_kiosk,
    voting_workshop,
)


def _start(qtbot, setup, method, language, **params):
    return start_workshop_kiosk(qtbot, setup, language, method, "anonymous", params or None)


_click = click_named


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_creole_workshop_s_kiosk_speaks_creole(qtbot, setup):
    assert languages.current() == "en"  # the window's language
    kiosk, info = _start(qtbot, setup, "gradients", "ht")
    assert kiosk.lang == "ht"
    assert kiosk.subheading.text() == ("Peze sou non ou pou vote. Pesonn lòt pa wè bilten ou "
                                       "sou ekran sa a.")
    assert {kiosk.back_button.text(), kiosk.review_button.text(), kiosk.cast_button.text(),
            kiosk.next_button.text()} == {"Retounen", "Tcheke bilten mwen", "Voye vòt mwen",
                                          "Pwochen votè"}
    name = "Coopérative du Nord"
    _click(qtbot, kiosk, f"voter_{setup.voters[name]}")
    assert kiosk.heading.text() == f"Bilten {name}"
    assert kiosk.subheading.text() == "Se pa ou? Peze Retounen."
    assert kiosk.message.text() == "Bilten ou vid: chwazi omwen yon opsyon."
    first = info.options[0].id
    words = gradient_labels("ht")
    for value, label in enumerate(words, start=1):
        button = kiosk.form.findChild(QPushButton, f"gradient_{first}_{value}")
        assert _flat(button.text()) == f"{value} {label}"
        # every line of the statement fits its button: nothing cut
        metrics = button.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for line in button.text().splitlines())
        assert widest < button.width(), (label, widest, button.width())
    folder = os.environ.get("KIOSK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        kiosk.grab().save(str(Path(folder) / "kiosk-ballot-creole.png"))
    for option, value in zip(info.options, (1, 3, 7), strict=True):
        _click(qtbot, kiosk.form, f"gradient_{option.id}_{value}")
    _click(qtbot, kiosk, "kiosk_review_button")
    assert kiosk.heading.text() == "Tcheke bilten ou"
    review = kiosk.review_label.text().splitlines()
    assert review[0] == "Bilten ou:"
    assert review[2] == f"{info.options[0].label}: 1 – Dakò nèt ale"
    assert review[4] == f"{info.options[2].label}: 7 – Mwen bloke l"
    if folder:
        kiosk.grab().save(str(Path(folder) / "kiosk-review-creole.png"))
    _click(qtbot, kiosk, "kiosk_cast")
    thanks = kiosk.findChild(QLabel, "kiosk_thanks")
    assert thanks.text() == ("Mèsi! Bilten ou anrejistre.\n\n"
                             "Tanpri pase òdinatè a bay pwochen moun nan.")
    with setup.ctx.session() as s:
        [ballot] = voting.ballots(s, info.id)
    assert ballot.source == "kiosk" and sorted(ballot.values.values()) == [1.0, 3.0, 7.0]
    assert kiosk.request_exit()


def test_a_spanish_kiosk_counts_dots_and_ranks_in_spanish(qtbot, setup):
    kiosk, info = _start(qtbot, setup, "dots", "es", budget=3)
    _click(qtbot, kiosk, f"voter_{setup.voters['Grenada Bureau of Standards']}")
    assert kiosk.heading.text() == "Boleta de Grenada Bureau of Standards"
    assert kiosk.form.dots_left.text() == "Puntos restantes: 3 de 3"
    first = info.options[0].id
    _click(qtbot, kiosk.form, f"dots_plus_{first}")
    _click(qtbot, kiosk.form, f"dots_plus_{first}")
    assert kiosk.form.dots_left.text() == "Puntos restantes: 1 de 3"
    _click(qtbot, kiosk, "kiosk_review_button")
    assert kiosk.review_label.text().splitlines()[2] == f"{info.options[0].label}: 2 puntos"
    assert kiosk.request_exit()


def test_a_workshop_without_a_language_follows_the_window(qtbot, setup):
    kiosk, info = _start(qtbot, setup, "borda", None)
    assert kiosk.lang == "en"
    _click(qtbot, kiosk, f"voter_{setup.voters['Grenada Bureau of Standards']}")
    first = info.options[0].id
    assert kiosk.form.findChild(QPushButton, f"rank_{first}_1").text() == "1st"
    assert kiosk.heading.text() == "Ballot of Grenada Bureau of Standards"
    assert kiosk.request_exit()
