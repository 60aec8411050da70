"""The kiosk: members vote one after another on the laptop, full screen.

1. The next voter taps their name among those who have not voted yet (in a
   secret round the screen says the name only marks them as having voted).
2. They fill their own ballot with large controls (``kiosk_ballot.py``)
   while the engine's checks speak up live.
3. They read their ballot back in words and cast it, or go back to change it.
4. "Thank you, pass the laptop on": the ballot is gone from the screen and
   the names page returns for the next person.

The names offered are read from the round's register every time the names
page is shown (after each cast) and again whenever any other channel
records a ballot (the grid, a typed or imported paper ballot: the context's
``changed`` signal): a member on the register is never offered, and one who
voted another way while their ballot was open here is refused at "Cast" and
sent back to the names, with the reason.

Nobody sees another ballot or any running result: the kiosk never counts.

What the voters read is in the workshop's language (its participants',
Haitian Creole included: the ``participant`` texts, ``Texts``), which may
differ from the window's; what only the facilitator reads (the start dialog,
the PIN) stays in the window's language (Qt's ``tr``).
Leaving it needs the PIN the facilitator set when starting it (Esc, or
closing the window, asks for it). Tests replace :attr:`KioskWindow.ask_pin`
(and may set ``thanks_ms`` to 0).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.core.errors import UserError
from facilitator_app.i18n.messages import Texts, messages_in, output_language
from facilitator_app.services import voting, workshops
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.kiosk_ballot import BallotForm
from facilitator_app.ui.operation import Op, Outcome
from facilitator_app.ui.voting_common import projector_font

KIOSK_ENTERED_BY = "voter (kiosk)"
MIN_PIN = 4


class KioskStartDialog(QDialog):
    """The facilitator sets the PIN that will be needed to leave the kiosk."""

    def __init__(self, info: voting.RoundInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start the kiosk"))
        intro = QLabel(self.tr(
            "Members will vote one after another on this laptop, full screen: each sees only "
            "their own ballot, never the results. To leave the kiosk, press Esc and type this "
            "PIN (at least {0} digits)."
        ).format(MIN_PIN))
        intro.setWordWrap(True)
        self.pin_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.pin_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            edit.textChanged.connect(lambda _t: self._check())
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&PIN"), self.pin_edit)
        form.addRow(self.tr("&Repeat the PIN"), self.repeat_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start kiosk"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{info.title.replace('<', '&lt;')}</b>"))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        pin, again = self.pin_edit.text(), self.repeat_edit.text()
        problem = ""
        if not (pin.isdigit() and len(pin) >= MIN_PIN):
            problem = self.tr("The PIN must be at least {0} digits.").format(MIN_PIN)
        elif pin != again:
            problem = self.tr("The two PINs differ.")
        self.message.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def pin(self) -> str:
        return self.pin_edit.text()


class KioskWindow(QWidget):
    """Full-screen voting, one member after another."""

    closed = Signal()

    def __init__(self, ctx: AppContext, round_id: int, pin: str,
                 parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.round_id = round_id
        self._pin = pin
        self._unlocked = False
        self.voter: voting.VoterInfo | None = None
        self.form: BallotForm | None = None
        self.thanks_ms = 6000
        self.ask_pin: Callable[[], str | None] = self._ask_pin_dialog
        self.setObjectName("kiosk")
        self.setFont(projector_font(1.5))
        # A chosen button must be unmistakable from a metre away, in any palette.
        self.setStyleSheet(
            "QPushButton:checked { background-color: palette(highlight);"
            " color: palette(highlighted-text); font-weight: bold;"
            " border: 3px solid palette(text); }")
        # a refusal here goes to the Voting tab opening the kiosk (its slot shows it)
        self.info = Op(self, ctx).fetch(lambda s: voting.get_round(s, round_id))
        self.setWindowTitle(self.tr("Voting: {0}").format(self.info.title))
        from facilitator_app.ui import languages

        workshop_id = self.info.workshop_id
        workshop_lang = Op(self, ctx).fetch(
            lambda s: workshops.get_workshop(s, workshop_id).language)
        #: the voters' texts, in the workshop's language (``lang`` overrides it)
        self.lang = output_language(lang, workshop_lang, languages.current())
        t = self.t = Texts("participant", self.lang)

        self.heading = QLabel()
        self.heading.setFont(projector_font(2.0, bold=True))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("kiosk_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.pages = QStackedWidget()
        self.names_page = QScrollArea()
        self.names_page.setWidgetResizable(True)
        self.ballot_page = QScrollArea()
        self.ballot_page.setWidgetResizable(True)
        self.review_page = QWidget()
        self.thanks_page = QWidget()
        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        self.review_label.setTextFormat(Qt.TextFormat.PlainText)
        self.review_label.setObjectName("kiosk_review")
        self.review_label.setFont(projector_font(1.8))
        review_layout = QVBoxLayout(self.review_page)
        review_layout.addWidget(self.review_label)
        review_layout.addStretch(1)
        thanks = QLabel(t("Thank you! Your ballot is recorded.") + "\n\n"
                        + t("Please pass the laptop on to the next person."))
        thanks.setObjectName("kiosk_thanks")
        thanks.setFont(projector_font(2.2, bold=True))
        thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thanks.setWordWrap(True)
        QVBoxLayout(self.thanks_page).addWidget(thanks)
        for page in (self.names_page, self.ballot_page, self.review_page, self.thanks_page):
            self.pages.addWidget(page)

        self.back_button = QPushButton(t("Back"))
        self.back_button.setObjectName("kiosk_back")
        self.review_button = QPushButton(t("Review my ballot"))
        self.review_button.setObjectName("kiosk_review_button")
        self.cast_button = QPushButton(t("Cast my ballot"))
        self.cast_button.setObjectName("kiosk_cast")
        self.next_button = QPushButton(t("Next voter"))
        self.next_button.setObjectName("kiosk_next")
        for b in (self.back_button, self.review_button, self.cast_button, self.next_button):
            b.setFont(projector_font(1.7, bold=True))
        self.back_button.clicked.connect(self.go_back)
        self.review_button.clicked.connect(self.review)
        self.cast_button.clicked.connect(self.cast)
        self.next_button.clicked.connect(self.show_names)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for b in (self.review_button, self.cast_button, self.next_button):
            buttons.addWidget(b)
        hint = QLabel(self.tr("Facilitator: Esc and the PIN to leave the kiosk."))
        hint.setFont(projector_font(0.9))
        hint.setEnabled(False)

        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height()
        layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.timeout.connect(self.show_names)
        ctx.changed.connect(self._on_changed)
        self.show_names()

    def _on_changed(self, topic: str) -> None:
        """Another channel (or a roster edit) changed who may vote: re-read the register."""
        if topic in ("voting", "attendance", "members") and \
                self.pages.currentWidget() is self.names_page:
            self.show_names()

    # ----- pages ---------------------------------------------------------------
    def _buttons(self, *visible: QPushButton) -> None:
        for b in (self.back_button, self.review_button, self.cast_button, self.next_button):
            b.setVisible(b in visible)

    def _drop_form(self) -> None:
        """Forget the ballot on screen (nobody after may see it)."""
        self.form = None
        old = self.ballot_page.takeWidget()
        if old is not None:
            old.deleteLater()
        self.review_label.clear()

    def show_names(self) -> None:
        self._thanks_timer.stop()
        self._drop_form()
        self.voter = None
        self.message.clear()
        read = self._run(lambda s: (voting.get_round(s, self.round_id),
                                         voting.not_voted(s, self.round_id)))
        if not read:
            return
        self.info, waiting = read.value
        self.heading.setText(self.info.title)
        t = self.t
        if not self.info.is_open:
            self.subheading.setText(t("This round is closed. Please hand the laptop back to "
                                      "the facilitator."))
            waiting = []
        elif not waiting:
            self.subheading.setText(t("Everyone has voted. Please hand the laptop back to the "
                                      "facilitator."))
        elif self.info.anonymity == "secret":
            self.subheading.setText(t(
                "Secret ballot. Tap your name: it only marks you as having voted. Your ballot "
                "is stored without your name, and nobody can see how you voted."))
        else:
            self.subheading.setText(t("Tap your name to vote. Nobody else sees your ballot on "
                                      "this screen."))
        holder = QWidget()
        grid = QGridLayout(holder)
        columns = 2
        for n, person in enumerate(waiting):
            text = "\n".join(textwrap.wrap(person.name, 38)) or person.name
            button = QPushButton(text.replace("&", "&&"))  # "&" would be a shortcut mark
            button.setObjectName(f"voter_{person.member_id}")
            button.setFont(projector_font(1.5))
            button.setMinimumHeight(button.fontMetrics().height() * 2.6)
            button.clicked.connect(lambda _c=False, p=person: self.choose(p.member_id))
            grid.addWidget(button, n // columns, n % columns)
        grid.setRowStretch(len(waiting) // columns + 1, 1)
        old = self.names_page.takeWidget()
        if old is not None:
            old.deleteLater()
        self.names_page.setWidget(holder)
        self.pages.setCurrentWidget(self.names_page)
        self._buttons()

    def choose(self, member_id: int) -> None:
        """The voter picked their name: show them a fresh ballot."""
        read = self._run(lambda s: voting.not_voted(s, self.round_id))
        if not read:
            return
        person = next((v for v in read.value if v.member_id == member_id), None)
        if person is None:
            self.message.setText(self.t("That name has already voted."))
            return
        self.voter = person
        self._drop_form()
        self.form = BallotForm(self.info, font=self.font(), lang=self.lang)
        self.form.changed.connect(self._check)
        self.ballot_page.setWidget(self.form)
        self._ballot_heading()
        self.pages.setCurrentWidget(self.ballot_page)
        self._buttons(self.back_button, self.review_button)
        self._check()

    def _ballot_heading(self) -> None:
        name = self.voter.name if self.voter else ""
        t = self.t
        if self.info.anonymity == "secret":
            self.heading.setText(t("Your secret ballot"))
            self.subheading.setText(t("{name} will be marked as having voted; the ballot "
                                      "itself carries no name.", name=name))
        else:
            self.heading.setText(t("Ballot of {name}", name=name))
            self.subheading.setText(t("Not you? Press Back."))

    def _check(self) -> list[str]:
        if self.form is None:
            return []
        values = self.form.values()
        with messages_in(self.lang):  # the engine's problems in the voters' language
            problems = voting.check_values(self.info, values, self.form.values2()) if values \
                else [self.t("Your ballot is empty: choose at least one option.")]
        shown = list(problems)
        if self.info.method == "dots":  # kept in sight while the ballot scrolls
            shown.insert(0, self.form.dots_left.text())
        self.message.setText("\n".join(shown))
        self.review_button.setEnabled(not problems)
        return problems

    def review(self) -> None:
        if self.form is None or self._check():
            return
        lines = self.form.summary()
        t = self.t
        self.review_label.setText(t("Your ballot:") + "\n\n" + "\n".join(lines))
        self.heading.setText(t("Check your ballot"))
        self.subheading.setText(t("Cast it, or go back to change it."))
        self.pages.setCurrentWidget(self.review_page)
        self.message.clear()
        self._buttons(self.back_button, self.cast_button)

    def go_back(self) -> None:
        if self.pages.currentWidget() is self.review_page and self.form is not None:
            self.pages.setCurrentWidget(self.ballot_page)
            self._buttons(self.back_button, self.review_button)
            self._ballot_heading()
            self._check()
        else:
            self.show_names()

    def cast(self) -> None:
        if self.form is None or self.voter is None:
            return
        values, values2, voter_id = self.form.values(), self.form.values2(), self.voter.member_id

        def refusal(exc: UserError) -> str:
            if isinstance(exc, voting.BallotRejected):
                return "\n".join(exc.problems)
            return exc.message

        with messages_in(self.lang):  # the ballot box's refusal in the voters' language
            done = self._run(
                lambda s: voting.record_ballot(s, self.round_id, values, voter_id=voter_id,
                                               source="kiosk", entered_by=KIOSK_ENTERED_BY,
                                               values2=values2),
                error_text=refusal)
        if not done:
            if isinstance(done.error, voting.BallotRejected):
                self._voted_elsewhere()  # if so, that is what the screen says
            return
        self._drop_form()
        self.voter = None
        self.ctx.notify("voting")
        self.heading.setText(self.info.title)
        self.subheading.clear()
        self.message.clear()
        self.pages.setCurrentWidget(self.thanks_page)
        self._buttons(self.next_button)
        if self.thanks_ms:
            self._thanks_timer.start(self.thanks_ms)

    def _run(self, work, **options) -> Outcome:
        """The kiosk says a refusal on its own screen, never in a message box."""
        return Op(self, self.ctx).run(work, on_refusal=self.message.setText, **options)

    def _voted_elsewhere(self) -> bool:
        """The voter went on the register another way while their ballot was open here:
        drop it and show the names (without them), saying why. False if not so."""
        voter = self.voter
        if voter is None:
            return False
        read = self._run(lambda s: voting.voted_member_ids(s, self.round_id))
        if not read or voter.member_id not in read.value:
            return False
        self.show_names()
        self.message.setText(self.t(
            "{name} has already voted in this round (their ballot came in another way), so "
            "this one was not recorded. Please ask the facilitator.", name=voter.name))
        return True

    # ----- leaving ---------------------------------------------------------------
    def _ask_pin_dialog(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Leave the kiosk"),
                                        self.tr("Facilitator PIN:"), QLineEdit.EchoMode.Password)
        return text if ok else None

    def request_exit(self) -> bool:
        """Ask for the PIN; close when it is right. True when the kiosk closed."""
        pin = self.ask_pin()
        if pin is None:
            return False
        if pin != self._pin:
            self.message.setText(self.tr("Wrong PIN: the kiosk stays open."))
            return False
        self._unlocked = True
        self._drop_form()
        self.close()
        return True

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.request_exit()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if not self._unlocked:
            event.ignore()
            QTimer.singleShot(0, self.request_exit)
            return
        self._thanks_timer.stop()
        self.closed.emit()
        super().closeEvent(event)
