"""The FAQ page, driven like a facilitator would: search, links, font, export."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from facilitator_app.core.faq import FaqError, load_faq
from facilitator_app.ui import faq_page as faq_page_module
from facilitator_app.ui.faq_page import ENTRY_ROLE, FaqListModel, FaqPage


@pytest.fixture
def page(qtbot):
    calls: list[str] = []
    widget = FaqPage(calls.append)
    widget.navigated = calls  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _visible_ids(page: FaqPage) -> list[str]:
    model = page.question_list.model()
    return [model.index(row, 0).data(ENTRY_ROLE).id for row in range(model.rowCount())]


def test_model_lists_every_question():
    entries = load_faq()
    model = FaqListModel(entries)
    assert model.rowCount() == 9
    assert model.index(0, 0).data() == "1. What is a cluster?"
    assert model.index(8, 0).data(ENTRY_ROLE).id == "types-of-clusters"
    assert model.index(9, 0).data() is None


def test_opens_on_the_first_question(page):
    assert len(_visible_ids(page)) == 9
    assert page.current_entry().id == "what-is-a-cluster"
    assert "What is a cluster?" in page.answer_view.toPlainText()


def test_typing_in_search_filters_the_list_and_highlights(page, qtbot):
    qtbot.keyClicks(page.search_box, "consensus")
    assert _visible_ids(page) == ["success-factors"]
    assert page.current_entry().id == "success-factors"
    assert page.match_label.text()
    html = page.answer_view.toHtml()
    assert "background-color" in html
    # the highlighted text is the word searched for
    cursor = page.answer_view.document().find("consensus")
    assert not cursor.isNull()

    page.search_box.clear()
    assert len(_visible_ids(page)) == 9
    assert page.match_label.text() == ""


def test_search_ignores_accents_and_case(page, qtbot):
    qtbot.keyClicks(page.search_box, "COOPÉRATIVE")
    assert _visible_ids(page) == ["regional-examples"]


def test_search_without_result_says_so(page, qtbot):
    qtbot.keyClicks(page.search_box, "xylophone")
    assert _visible_ids(page) == []
    assert "xylophone" in page.answer_view.toPlainText()


def _click_text(qtbot, page: FaqPage, text: str) -> None:
    """Click the middle of ``text`` in the answer, as a person would."""
    view = page.answer_view
    cursor = view.document().find(text)
    assert not cursor.isNull(), text
    middle = QTextCursor(cursor)
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    view.setTextCursor(middle)
    view.ensureCursorVisible()
    rect = view.cursorRect(middle)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def test_clicking_an_app_link_navigates(page, qtbot):
    assert page.show_question("success-factors")
    _click_text(qtbot, page, "health panel")
    assert page.navigated == ["home"]
    assert page.current_entry().id == "success-factors"  # the page stays as it was


def test_roster_link_from_question_8(page, qtbot):
    page.show_question("organisations-involved")
    _click_text(qtbot, page, "member roster")
    assert page.navigated == ["roster"]


def test_faq_link_opens_the_other_question(page, qtbot):
    _click_text(qtbot, page, "question 9")
    assert page.current_entry().id == "types-of-clusters"
    assert page.navigated == []


def test_show_question_clears_a_search_that_hides_it(page, qtbot):
    qtbot.keyClicks(page.search_box, "consensus")
    assert page.show_question("benefits")
    assert page.search_box.text() == ""
    assert page.current_entry().id == "benefits"
    assert not page.show_question("no-such-question")


def test_font_size_buttons_and_shortcuts(page, qtbot):
    start = page.font_point_size()
    assert page.answer_view.font().pointSizeF() == start
    with qtbot.waitSignal(page.fontSizeChanged):
        qtbot.mouseClick(page.larger_button, Qt.MouseButton.LeftButton)
    assert page.font_point_size() > start
    assert page.answer_view.font().pointSizeF() == page.font_point_size()
    assert page.question_list.font().pointSizeF() == page.font_point_size()

    page.activateWindow()
    page.answer_view.setFocus()
    bigger = page.font_point_size()
    qtbot.keyClick(page.answer_view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert page.font_point_size() > bigger
    qtbot.keyClick(page.answer_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.font_point_size() == bigger

    qtbot.mouseClick(page.smaller_button, Qt.MouseButton.LeftButton)
    assert page.font_point_size() == start

    qtbot.keyClick(page.answer_view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.answer_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.font_point_size() == start

    for _ in range(40):
        page.increase_font()
    assert page.font_point_size() == FaqPage.MAX_POINT_SIZE
    assert not page.larger_button.isEnabled()


def test_export_writes_the_handout(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "members handout"  # no extension: .pdf is added
    monkeypatch.setattr(page, "_ask_save_path", lambda: str(target))
    errors: list[str] = []
    monkeypatch.setattr(page, "_show_error", errors.append)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "members handout.pdf"
    assert errors == []
    assert len(PdfReader(written).pages) >= 4
    assert "members handout.pdf" in page.status_label.text()


def test_export_cancelled_writes_nothing(page, tmp_path, monkeypatch):
    monkeypatch.setattr(page, "_ask_save_path", lambda: None)
    assert page.export_handout() is None
    assert page.status_label.text() == ""


def test_export_error_is_a_message_not_a_traceback(page, tmp_path, monkeypatch):
    monkeypatch.setattr(page, "_ask_save_path", lambda: str(tmp_path / "gone" / "x.pdf"))
    errors: list[str] = []
    monkeypatch.setattr(page, "_show_error", errors.append)
    assert page.export_handout() is None
    assert len(errors) == 1 and "x.pdf" in errors[0]


def test_missing_faq_shows_a_message(qtbot, monkeypatch):
    def broken(*_args: object, **_kwargs: object):
        raise FaqError("The FAQ is missing from this installation.")

    monkeypatch.setattr(faq_page_module, "load_faq", broken)
    widget = FaqPage(lambda key: None)
    qtbot.addWidget(widget)
    assert widget.question_list.model().rowCount() == 0
    assert "missing" in widget.answer_view.toPlainText()


def _press_f11(qtbot, page: FaqPage) -> None:
    page.activateWindow()
    page.answer_view.setFocus()
    qtbot.keyClick(page.answer_view, Qt.Key.Key_F11)


def test_f11_presents_the_answer_alone_in_large_type_and_esc_leaves(page, qtbot):
    page.resize(1280, 720)
    qtbot.wait(10)
    normal_size = page.answer_view.font().pointSizeF()
    list_width = page.question_list.width()
    assert 0 < list_width < page.width() * 0.45
    page.show_question(load_faq()[3].id)

    _press_f11(qtbot, page)
    assert page.is_presenting()
    assert page.isFullScreen()
    assert page.splitter.sizes()[0] == 0  # the question list folded away
    assert page.answer_view.width() >= page.width() * 0.9
    assert page.answer_view.font().pointSizeF() >= normal_size * 1.5
    assert not page.search_box.isVisible() and not page.export_button.isVisible()
    assert page.present_button.isChecked()
    assert page.current_entry().id == load_faq()[3].id  # the same answer

    qtbot.keyClick(page.answer_view, Qt.Key.Key_Escape)
    assert not page.is_presenting()
    assert not page.isFullScreen()
    qtbot.wait(10)
    assert page.answer_view.font().pointSizeF() == normal_size
    assert page.question_list.isVisible() and page.search_box.isVisible()
    assert abs(page.question_list.width() - list_width) <= 2


def test_present_button_and_the_presentation_size_is_remembered(page, qtbot):
    qtbot.mouseClick(page.present_button, Qt.MouseButton.LeftButton)
    assert page.is_presenting()
    assert page.present_button.text() == "Leave full screen"
    first = page.font_point_size()
    qtbot.mouseClick(page.larger_button, Qt.MouseButton.LeftButton)
    assert page.font_point_size() == first + FaqPage.POINT_STEP
    qtbot.mouseClick(page.present_button, Qt.MouseButton.LeftButton)
    assert not page.is_presenting()
    assert page.font_point_size() < first
    _press_f11(qtbot, page)  # the size chosen last time comes back
    assert page.font_point_size() == first + FaqPage.POINT_STEP
    _press_f11(qtbot, page)
    assert not page.is_presenting()


def _drag_splitter(qtbot, page: FaqPage, to_x: int) -> None:
    handle = page.splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    target = handle.mapFromGlobal(page.splitter.mapToGlobal(QPoint(to_x, middle.y())))
    qtbot.mouseMove(handle, target)
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=target)


def test_the_divider_can_be_dragged_and_its_place_is_remembered(page, qtbot):
    page.resize(1200, 700)
    qtbot.wait(10)
    _drag_splitter(qtbot, page, 200)
    width = page.question_list.width()
    assert 150 <= width <= 250
    # presenting folds it; dragging it open while presenting is allowed
    _press_f11(qtbot, page)
    assert page.splitter.sizes()[0] == 0
    _drag_splitter(qtbot, page, 300)
    assert page.splitter.sizes()[0] > 0
    _press_f11(qtbot, page)
    qtbot.wait(10)
    assert abs(page.question_list.width() - width) <= 2  # the normal place, not the drag
    again = FaqPage(lambda _key: None)
    qtbot.addWidget(again)
    again.resize(1200, 700)
    again.show()
    qtbot.waitExposed(again)
    assert abs(again.question_list.width() - width) <= 2


def test_leaving_the_page_ends_the_presentation(page, qtbot):
    _press_f11(qtbot, page)
    assert page.is_presenting()
    page.hide()
    assert not page.is_presenting()
    assert page.search_box.isVisibleTo(page)


# ------------------------------------------------------------ languages
@pytest.fixture
def english_afterwards():
    """The window's language is process-wide: English again after the test."""
    from PySide6.QtCore import QLocale

    from facilitator_app.ui import languages
    from facilitator_app.ui.app import configure_application

    configure_application()
    locale = QLocale()
    yield languages
    languages.install("en")
    QLocale.setDefault(locale)


def _choose_language_in_settings(qtbot, parent, code: str) -> None:
    """Settings > General > Language, then OK: as a facilitator switches."""
    from PySide6.QtWidgets import QDialogButtonBox

    from facilitator_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(parent)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.pages["General"].editors["language"]
    combo.setCurrentIndex(combo.findData(code))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_faq_page_in_spanish_shows_the_spanish_answers(qtbot, english_afterwards):
    english_afterwards.install("es")
    widget = FaqPage(lambda key: None)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    model = widget.question_list.model()
    assert model.index(0, 0).data() == "1. ¿Qué es un clúster?"
    assert model.index(1, 0).data() == "2. ¿Qué es una iniciativa clúster?"
    assert "cadena de valor" in widget.answer_view.toPlainText()
    assert "Fuentes:" in widget.answer_view.toPlainText()
    # search ignores accents: "cluster agroindustrial" finds "clúster agroindustrial"
    qtbot.keyClicks(widget.search_box, "cluster agroindustrial")
    assert _visible_ids(widget) == ["what-is-a-cluster"]
    assert not widget.answer_view.document().find("clúster agroindustrial").isNull()


def test_faq_answers_follow_a_language_switch_in_settings(qtbot, english_afterwards):
    widget = FaqPage(lambda key: None)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_question("types-of-clusters")
    assert "What are the types of clusters?" in widget.answer_view.toPlainText()

    _choose_language_in_settings(qtbot, widget, "fr")
    qtbot.waitUntil(lambda: "Quels sont les types de grappes" in widget.answer_view.toPlainText())
    assert widget.current_entry().id == "types-of-clusters"  # the same question, in French
    assert widget.question_list.model().index(0, 0).data() == "1. Qu’est-ce qu’une grappe\u00a0?"

    _choose_language_in_settings(qtbot, widget, "en")
    qtbot.waitUntil(lambda: "What are the types of clusters?" in widget.answer_view.toPlainText())


def test_handout_exported_from_the_page_is_in_the_page_language(
    qtbot, tmp_path, english_afterwards
):
    english_afterwards.install("nl")
    widget = FaqPage(lambda key: None)
    qtbot.addWidget(widget)
    target = tmp_path / "handout.pdf"
    widget._ask_save_path = lambda: str(target)  # type: ignore[method-assign]
    assert widget.export_handout() == target
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Veelgestelde vragen" in text and "Wat is een cluster?" in text
