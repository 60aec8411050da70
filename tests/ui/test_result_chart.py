"""The results chart shows every option's name whole, on the laptop at
1280x720, on a 1280x720 projector at 150 % scaling, with a large font and
squeezed: wrapped into a column measured from the font, never hidden or cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from facilitator_app.core.voting import Ballot, tally
from facilitator_app.services import priorities as priority_service
from facilitator_app.services import voting
from facilitator_app.services.attendance import add_attendees
from facilitator_app.services.roster import add_member
from facilitator_app.services.workshops import create_workshop
from facilitator_app.services.workspaces import create_workspace
from facilitator_app.ui.app import configure_application
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.result_chart import ResultChart

TITLES = ["Centre communautaire de séchage et de fermentation du cacao à Grenville",
          "Marque d'exportation commune « Cacao fin de la Grenade » pour l'Europe",
          "Apprentissages pour les jeunes producteurs de Saint-André",
          "Festival du chocolat"]
RANKS = [(1, 2, 3, 4), (1, 3, 2, 4), (2, 1, 3, 4), (1, 2, 4, 3), (3, 1, 2, 4)]


def workshop_with_two_rounds(path):
    """A ranking round and a gradients round on four long accented options."""
    ws = create_workspace(path)
    with ws.session() as s:
        workshop = create_workshop(s, "Journée des priorités")
        voters = [add_member(s, {"name": f"Coopérative n° {i}", "member_type": "firm"})
                  for i in range(5)]
        add_attendees(s, workshop.id, voters, role="voter")
        ids = [priority_service.add_priority(s, workshop.id, t).id for t in TITLES]
        rounds = []
        for method in ("borda", "gradients"):
            info = voting.create_round(s, workshop.id, ids, method, title=method)
            options = [o.id for o in info.options]
            for voter, ranks in zip(voters, RANKS, strict=True):
                values = (dict(zip(options, ranks, strict=True)) if method == "borda"
                          else {o: 3 if r < 3 else 2 for o, r in zip(options, ranks,
                                                                      strict=True)})
                voting.record_ballot(s, info.id, values, voter_id=voter)
            voting.close_round(s, info.id)
            rounds.append(info.id)
    return ws, workshop.id, rounds


def assert_every_name_whole(chart: ResultChart, titles: list[str]) -> None:
    rects = chart.label_rects()
    assert sorted(rects) == sorted(titles)  # every option has its name, the full title
    area = chart.rect()
    metrics = QFontMetrics(chart.name_font())
    plot_left = chart.mapFromScene(chart.chart().plotArea().topLeft()).x()
    for title, rect in rects.items():
        assert area.contains(rect), (title, rect, area)
        needed = metrics.boundingRect(QRect(0, 0, rect.width(), 100_000),
                                      chart.name_flags() | int(Qt.AlignmentFlag.AlignRight),
                                      title)
        assert needed.width() <= rect.width() + 1 and needed.height() <= rect.height() + 1, (
            title, needed, rect)
        assert rect.right() < plot_left  # beside the bars, not over them
    boxes = list(rects.values())
    for i, a in enumerate(boxes):
        assert not any(a.intersects(b) for b in boxes[i + 1:])
    # what was painted: each name, whole, where it was laid out, and each figure
    chart.grab()
    painted = dict(chart.painted)
    assert all(painted[title] == rects[title] for title in titles)
    for title, rect in chart.figure_rects().items():
        assert area.contains(rect), (title, rect)
    figures = [chart.figure_text(v) for _, v in chart.values]
    assert all(f in painted for f in figures)


@pytest.fixture
def font_scale():
    """The application font times a factor for one test (as a big display setting)."""
    original = QFont(QApplication.font()) if QApplication.instance() else None

    def scale(factor: float) -> None:
        font = QFont(original)
        font.setPointSizeF(original.pointSizeF() * factor)
        QApplication.setFont(font)

    yield scale
    if original is not None:
        QApplication.setFont(original)


@pytest.mark.parametrize(("size", "font_factor"), [
    ((1280, 720), 1.0),  # the laptop
    ((853, 480), 1.0),  # a 1280x720 projector at 150 % scaling (logical pixels)
    ((1280, 720), 1.5),  # type 1.5 times larger
], ids=["1280x720", "1280x720-at-150pct", "font-1.5x"])
def test_results_tab_chart_shows_every_name_whole(qtbot, tmp_path, font_scale, size,
                                                   font_factor):
    configure_application()
    font_scale(font_factor)
    ws, workshop_id, rounds = workshop_with_two_rounds(tmp_path / "chart.cluster")
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.navigate("workshops")
    view = window.pages["workshops"].open_workshop(workshop_id, "results")
    tab = view.tab("results")
    for round_id in rounds:
        tab.select_round(round_id)
        qtbot.wait(10)  # the chart lays out once the tab's layout has settled
        assert tab.chart.values[0][0] == TITLES[0]  # the winner, on top
        assert_every_name_whole(tab.chart, TITLES)
    window.close()


def test_a_squeezed_chart_wraps_then_shrinks_but_never_cuts(qtbot):
    configure_application()
    titles = TITLES + ["Anticonstitutionnellement-désolidarisées coopératives", "Épices"]
    ballots = [Ballot({t: (n + k) % 3 + 1 for n, t in enumerate(titles)}, voter=f"v{k}")
               for k in range(4)]
    result = tally("score", titles, ballots)
    chart = ResultChart()
    qtbot.addWidget(chart)
    chart.show_result(result)
    assert chart.minimumSizeHint().height() > 300  # the room its names need is asked for ...
    chart.setFixedSize(420, 260)  # ... and when it is not given, nothing is cut
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.wait(10)
    assert chart.name_font().pointSizeF() < chart.chart().axes(
        Qt.Orientation.Vertical)[0].labelsFont().pointSizeF()
    assert_every_name_whole(chart, titles)


def shown_chart_texts(chart: ResultChart) -> list[str]:
    """The texts QtCharts itself draws (axis figures and titles), as laid out."""
    items = (i.toGraphicsObject() for i in chart.scene().items()
             if i.type() == 8 and i.isVisible())  # QGraphicsTextItem
    return [o.toPlainText() for o in items if o is not None and o.toPlainText()]


@pytest.mark.parametrize(("method", "value", "title"),
                         [("borda", 1, "Borda points"), ("gradients", 2, "Support")])
def test_one_option_keeps_the_axis_title_whole(qtbot, method, value, title):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    configure_application()
    option = TITLES[0]
    result = tally(method, [option], [Ballot({option: value})] * 5)
    host = QWidget()
    layout = QVBoxLayout(host)
    chart = ResultChart()
    layout.addWidget(chart)
    layout.addStretch(1)  # the chart gets the height it asks for, no more
    qtbot.addWidget(host)
    host.resize(600, 400)
    host.show()
    chart.show_result(result)
    qtbot.waitUntil(lambda: title in shown_chart_texts(chart), timeout=2000)
    texts = shown_chart_texts(chart)
    assert not any(t in ("...", "…") or t.endswith(("...", "…")) for t in texts), texts
    if method == "borda":  # 0 points on a whole scale: a tick per point, not 0 0 0 0 0 1
        assert sorted(t for t in texts if t.isdigit()) == ["0", "1"]
    assert_every_name_whole(chart, [option])
