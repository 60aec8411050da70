"""The window's language: the translators, and switching at run time.

At start (:func:`install`, from ``configure_application``) and whenever the
Settings change it (:func:`switch`), the application gets:

- :class:`TextMemory`, asked first for every text: it answers from our
  catalogue (``facilitator_<code>.qm``, see :mod:`facilitator_app.i18n`)
  and remembers which (context, source) gave each text it handed out;
- Qt's own translations (``qtbase_<code>.qm`` from PySide6's translations
  folder) for the standard dialogs and buttons (OK, Cancel, the file dialog);
- the default locale of the language, so dates and numbers follow it;
- the same language for the messages raised below the UI (a service's
  :class:`~facilitator_app.core.errors.UserError`, see
  :mod:`facilitator_app.i18n.messages`).

Installing them makes Qt send a ``LanguageChange`` event to every window.
The main window answers with its ``retranslate()``; a text already on
screen that nobody rebuilds (the actions other modules put in the menus) is
put in the new language by :func:`retranslate_actions`, from the memory.

A catalogue that is missing or unreadable leaves the window in English and
is logged once (a source checkout builds them with
``python -m facilitator_app.i18n build``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from facilitator_app import i18n
from facilitator_app.i18n.messages import set_message_language

_Key = tuple[str, str, str | None]


class TextMemory(QTranslator):
    """The app's catalogue, remembering the (context, source) of what it gives.

    Qt asks the translator installed last first; this one answers with the
    catalogue's translation, or lets Qt go on to the other translators (Qt's
    own, the English plurals) and to the source text. Either way it notes
    which key the text came from: ``seen[text]`` is the set of keys that
    produced ``text``. Counted texts (``%n``) are not noted (they are shown
    with the number put in).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue: QTranslator | None = None
        self.code = "en"
        self.seen: dict[str, set[_Key]] = {}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = ""
        if self.catalogue is not None:
            found = self.catalogue.translate(context, source, disambiguation, n)
        if n is None or n < 0:
            shown = found or source
            if shown:
                self.seen.setdefault(shown, set()).add((context, source, disambiguation))
        return found or None

    def isEmpty(self) -> bool:
        return False

    def keys_of(self, text: str) -> set[_Key]:
        return self.seen.get(text, set())


class _State:
    memory: TextMemory | None = None
    qt_translator: QTranslator | None = None
    code = "en"
    warned: set[str] = set()  # noqa: RUF012 - one process-wide record


def current() -> str:
    """The code of the language shown now ("en", "es", "fr", "nl")."""
    return _State.code


def memory() -> TextMemory | None:
    return _State.memory


def system_languages() -> list[str]:
    """The computer's languages, best first (e.g. ``["es-DO", "es", "en-US"]``)."""
    return list(QLocale.system().uiLanguages())


def chosen_language(setting: str | None = None) -> str:
    """The language the setting asks for (the stored setting when None)."""
    if setting is None:
        from facilitator_app import options

        setting = str(options.get("language"))
    return i18n.choose_language(setting, system_languages())


def install(setting: str | None = None) -> str:
    """Put the window in the language of ``setting`` (the stored setting when
    None): replaces the translators installed before. Returns the code of the
    language now shown, English when the catalogue could not be loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return _State.code
    memory = _State.memory
    fresh = memory is None or memory.parent() is not app
    code = chosen_language(setting)
    if not fresh and code == _State.code:
        return code
    catalogue = _load_catalogue(code) if code != "en" else None
    if catalogue is None:
        code = "en"
        if not fresh and code == _State.code:
            return code
    if fresh:
        memory = _State.memory = TextMemory(app)
    else:
        QCoreApplication.removeTranslator(memory)
    # Qt's own texts first (asked after ours), then ours: a LanguageChange each
    if _State.qt_translator is not None:
        QCoreApplication.removeTranslator(_State.qt_translator)
        _State.qt_translator.deleteLater()
        _State.qt_translator = None
    if code != "en":
        qt_translator = _load_qt_translations(code)
        if qt_translator is not None:
            QCoreApplication.installTranslator(qt_translator)
            _State.qt_translator = qt_translator
    old = memory.catalogue
    memory.catalogue, memory.code = catalogue, code
    if old is not None:
        old.deleteLater()
    _State.code = code
    set_message_language(code)  # the services' errors in the window's language
    QLocale.setDefault(_locale_for(code))
    QCoreApplication.installTranslator(memory)  # last: asked first
    return code


def switch(setting: str) -> str:
    """:func:`install` the language of ``setting`` now, and put every window
    in it at once: its ``retranslate()`` if it has one (the main window), and
    the actions of its menus. (The LanguageChange events Qt posts come after;
    the windows then find nothing left to do.) Returns the code now shown."""
    before = _State.code
    code = install(setting)
    if code != before:
        from PySide6.QtWidgets import QApplication

        for window in QApplication.topLevelWidgets():
            retranslate = getattr(window, "retranslate", None)
            if callable(retranslate):
                retranslate()
            retranslate_actions(window)
    return code


def _load_catalogue(code: str) -> QTranslator | None:
    path = i18n.qm_path(code)
    translator = QTranslator(QCoreApplication.instance())
    if path.is_file() and translator.load(str(path)):
        return translator
    translator.deleteLater()
    if code not in _State.warned:
        _State.warned.add(code)
        from facilitator_app.logs import get_logger

        get_logger().warning(
            "No catalogue for %s (%s): the window stays in English. A source checkout "
            "builds it with: python -m facilitator_app.i18n build", code, path)
    return None


def _load_qt_translations(code: str) -> QTranslator | None:
    """Qt's own texts in ``code`` (qtbase_<code>.qm), from Qt's translations
    folder or, in a bundle, the PySide6 folder beside the app."""
    import PySide6

    translator = QTranslator(QCoreApplication.instance())
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]
    for folder in folders:
        if translator.load(QLocale(code), "qtbase", "_", folder):
            return translator
    translator.deleteLater()
    return None


def _locale_for(code: str) -> QLocale:
    """The computer's own locale when it speaks ``code`` (es_DO stays es_DO;
    English on a computer set to the neutral "C" locale stays as it is), else
    the language's usual one."""
    system = QLocale.system()
    if system.name().split("_")[0] == code or (
            code == "en" and system.language() == QLocale.Language.C):
        return system
    return QLocale(code)


# ----- texts already on screen ----------------------------------------------------

def retranslated(text: str, near: QObject | None = None) -> str | None:
    """``text`` (shown in the previous language) in the current one, or None
    when the memory does not know where it came from. When one source text was
    translated differently in several contexts, the context of ``near`` or of
    one of its parents decides."""
    mem = _State.memory
    if mem is None or not text:
        return None
    keys = set(mem.keys_of(text))  # translating below notes more texts
    if not keys:
        return None
    results = {key: QCoreApplication.translate(*key) for key in keys}
    changed = {r for (ctx, src, _d), r in results.items() if r != src}
    if len(changed) == 1:
        return changed.pop()
    if not changed:
        return next(iter(results.values()))
    names = _class_names(near)
    for (ctx, _src, _d), result in results.items():
        if ctx in names:
            return result
    return None


def _class_names(obj: QObject | None) -> set[str]:
    names: set[str] = set()
    while obj is not None:
        names.update(cls.__name__ for cls in type(obj).__mro__)
        obj = obj.parent()
    return names


def retranslate_actions(root: QWidget) -> None:
    """Put the menus and actions under ``root`` in the current language (their
    texts, tooltips and status tips), as far as the memory knows them."""
    for menu in root.findChildren(QMenu):
        new = retranslated(menu.title(), menu)
        if new is not None and new != menu.title():
            menu.setTitle(new)
    for action in root.findChildren(QAction):
        owner = action.parent()
        for get, put in ((action.text, action.setText), (action.toolTip, action.setToolTip),
                         (action.statusTip, action.setStatusTip)):
            old = get()
            new = retranslated(old, owner)
            if new is not None and new != old:
                put(new)
