"""How the vote placed a decision, on screen in the window's language: the
Action plan page's column and the Adopt dialog's tooltips (issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from facilitator_app.services import voting
from facilitator_app.services.demo import create_demo
from facilitator_app.ui import languages
from facilitator_app.ui.action_plan_page import ActionPlanPage
from facilitator_app.ui.adopt_dialog import AdoptDialog
from facilitator_app.ui.app import configure_application
from tests.ui.voting_setup import make_ctx, no_modal_dialogs  # noqa: F401

ROUND = "Round 2: gradients of agreement on the top four"


@pytest.fixture
def ctx(qtbot, tmp_path):
    configure_application()
    locale = QLocale()
    ws = create_demo(tmp_path / "demo.cluster")
    yield make_ctx(ws)
    languages.install("en")
    QLocale.setDefault(locale)
    ws.close()


@pytest.mark.parametrize(("lang", "placed"), [
    ("es", f"{ROUND}: 1.º de 4. Consenso alcanzado: 100\u00a0% de apoyo, ningún bloqueo."),
    ("nl", f"{ROUND}: 1e van 4. Consensus bereikt: 100% steun, geen blokkade."),
])
def test_the_action_plan_page_says_the_basis_in_the_window_language(
        qtbot, ctx, tmp_path, lang, placed):
    languages.install(lang)
    page = ActionPlanPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    model = page.decision_model
    column = model.COLUMNS.index("How the vote placed it")
    cells = [model.data(model.index(row, column)) for row in range(model.rowCount())]
    assert placed in cells
    assert not any("Consensus reached" in c for c in cells)
    page.grab().save(str(tmp_path / f"plan_{lang}.png"))


def test_the_adopt_dialog_tooltips_follow_the_window_language(qtbot, ctx):
    languages.install("fr")
    with ctx.session() as s:
        second = voting.list_rounds(s, 1)[1]
    dialog = AdoptDialog(ctx, second.id)
    qtbot.addWidget(dialog)
    tips = [dialog.list.item(i).data(Qt.ItemDataRole.ToolTipRole)
            for i in range(dialog.list.count())]
    assert tips[0] == (f"{ROUND}\u00a0: 1er sur 4. Consensus atteint\u00a0: 100\u00a0% de "
                       "soutien, aucun blocage.")
    dialog.reject()
