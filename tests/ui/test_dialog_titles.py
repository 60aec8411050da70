"""Dialogs open wide enough for their whole title (the title bar cut them)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from facilitator_app.services import voting
from facilitator_app.ui.app import RoomForTitles, configure_application
from facilitator_app.ui.hands_dialog import HandsDialog
from facilitator_app.ui.swot_dialogs import SaveTemplateDialog
from tests.ui.voting_setup import no_modal_dialogs, small_workshop  # noqa: F401

LONG = "Classement des priorités de la filière cacao et épices, deuxième tour"


def test_a_narrow_dialog_opens_as_wide_as_its_title(qtbot, tmp_path):
    configure_application()
    setup = small_workshop(tmp_path)
    with setup.ctx.session() as s:
        info = voting.create_round(s, setup.workshop_id, setup.priorities, "dots", title=LONG)
    dialog = HandsDialog(info)
    qtbot.addWidget(dialog)
    # as wide as the title needs, within most of the screen
    wanted = min(RoomForTitles.needed_width(dialog),
                 int(dialog.screen().availableGeometry().width() * 0.9))
    assert dialog.sizeHint().width() < wanted  # its contents alone: the title was cut
    dialog.show()
    qtbot.waitExposed(dialog)
    assert LONG in dialog.windowTitle()
    assert dialog.width() >= wanted
    setup.ws.close()


def test_short_titles_and_fixed_widths_are_left_alone(qtbot):
    configure_application()
    dialog = SaveTemplateDialog("Mon modèle")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= RoomForTitles.needed_width(dialog)
    fixed = QDialog()
    qtbot.addWidget(fixed)
    fixed.setWindowTitle(LONG)
    fixed.setFixedWidth(200)
    fixed.show()
    qtbot.waitExposed(fixed)
    assert fixed.width() == 200  # a width the dialog fixed itself is its own business
