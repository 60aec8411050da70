"""Every text the UI translates, with the context Qt looks it up under.

Why not hand the source files to lupdate: its Python reader takes the context
of a ``tr()`` from the class around the call, which goes wrong for what this
code base does: a module's ``_tr(text)`` helper calling
``QCoreApplication.translate("RosterPage", text)`` (lupdate does not see
the calls, or files them under no context), ``board.tr(...)`` called on
another widget (filed under "board"), ``T = QT_TRANSLATE_NOOP`` aliases
below the UI, and ``tr(NAMES[key])``, which it reads as a text. Here the
syntax tree is read instead:

- ``self.tr("...")`` in a class: that class (PySide6 also tries the
  contexts of the object's base classes, but not for counted texts, see
  :meth:`_Reader._found`); ``board.tr("...")``: the class of ``board`` (from
  its annotation or assignment);
- calls of helpers such as ``_tr("...")`` and ``translate("Ctx", "...")``;
- ``QT_TRANSLATE_NOOP("ctx", "...")`` anywhere in the package, also under
  another name (``T = QT_TRANSLATE_NOOP`` in ``core``);
- ``self.tr(label)`` where ``label`` comes from a table (``for key, label in
  MEMBER_TYPES``, ``NAMES[key]``, ``NAMES.get(key, "x")``, ``label_of(T, k)``,
  ``FIELDS[name].label``, ``self.COLUMNS[i]``): the table is imported and
  read;
- what none of this can find is listed in :data:`BY_HAND` (the option
  labels of the settings dialog ...). A call found in none of these ways is
  reported by ``update`` (and fails ``tests/test_translations.py``).
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent.parent
SOURCE_ROOT = PACKAGE.parent


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    comment: str = ""  # Qt's disambiguation
    numerus: bool = False


@dataclass
class Extraction:
    messages: dict[Message, list[str]] = field(default_factory=dict)  # -> where ("file:line")
    unread: list[str] = field(default_factory=list)  # calls whose texts were not found

    def add(self, message: Message, where: str) -> None:
        self.messages.setdefault(message, []).append(where)


_TRANSLATE = "translate"
_APPS = {"QCoreApplication", "QGuiApplication", "QApplication"}
_NOOPS = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
_NOT_READ = object()


def _literal(node: ast.AST | None) -> str | None:
    """A string literal (implicit concatenation included, and ``"a" + "b"``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _arg(call: ast.Call, index: int, name: str) -> ast.AST | None:
    if len(call.args) > index:
        return call.args[index]
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


def _counted(node: ast.AST | None) -> bool:
    return node is not None and not (isinstance(node, ast.Constant) and node.value in (None, -1))


def _callee(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _annotation_class(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Name) and node.id[:1].isupper():
        return node.id
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isidentifier():
        return node.value
    if isinstance(node, ast.BinOp):  # SwotBoard | None
        return _annotation_class(node.left) or _annotation_class(node.right)
    return None


@dataclass(frozen=True)
class _Helper:
    """``def _tr(text, n=-1): return QCoreApplication.translate("Ctx", text, "", n)``:
    the context, and which of its parameters (position, name) are handed on as
    the disambiguation and the count."""

    context: str
    comment: tuple[int, str] | None = None
    count: tuple[int, str] | None = None


class _Module:
    """What one source file declares: string constants, translation helpers
    (``def _tr(text): return QCoreApplication.translate("Ctx", text)``),
    aliases of the no-op marker, imported names, classes and their bases."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.relative = path.relative_to(SOURCE_ROOT).as_posix()
        self.name = ".".join(path.relative_to(SOURCE_ROOT).with_suffix("").parts)
        self.tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        self.constants: dict[str, str] = {}
        self.helpers: dict[str, _Helper] = {}  # function name -> what it hands translate()
        self.helper_nodes: set[ast.FunctionDef] = set()
        self.noops: set[str] = set(_NOOPS)
        self.imports: dict[str, tuple[str, str]] = {}  # local name -> (module, name)
        self.classes: dict[str, list[str]] = {}  # class -> names of its bases
        self._loaded: Any = None
        for node in self.tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                    and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                text = _literal(node.value)
                if text is not None:
                    self.constants[name] = text
                elif isinstance(node.value, ast.Name) and node.value.id in _NOOPS:
                    self.noops.add(name)
            elif isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (node.module, alias.name)
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ClassDef):
                self.classes[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]
            elif isinstance(node, ast.FunctionDef):
                context = self._helper_context(node)
                if context is not None:
                    self.helpers[node.name] = context
                    self.helper_nodes.add(node)

    def context_value(self, node: ast.AST | None) -> str | None:
        text = _literal(node)
        if text is None and isinstance(node, ast.Name):
            text = self.constants.get(node.id)
        return text

    def _helper_context(self, func: ast.FunctionDef) -> _Helper | None:
        body = [s for s in func.body
                if not (isinstance(s, ast.Expr) and _literal(s.value) is not None)
                and not isinstance(s, ast.Import | ast.ImportFrom)]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or not func.args.args:
            return None
        call = body[0].value
        if not (isinstance(call, ast.Call) and _callee(call) == _TRANSLATE):
            return None
        params = [a.arg for a in func.args.args]
        text = _arg(call, 1, "sourceText")
        if not (isinstance(text, ast.Name) and text.id == params[0]):
            return None
        context = self.context_value(_arg(call, 0, "context"))
        if context is None:
            return None

        def passed(node: ast.AST | None) -> tuple[int, str] | None:
            """The helper's parameter handed on as this argument, if one is."""
            if isinstance(node, ast.Name) and node.id in params:
                return params.index(node.id), node.id
            return None

        return _Helper(context, passed(_arg(call, 2, "disambiguation")),
                       passed(_arg(call, 3, "n")))

    def loaded(self) -> Any:
        """The module itself (imported to read its tables)."""
        if self._loaded is None:
            self._loaded = importlib.import_module(self.name)
        return self._loaded


# A loop variable: the loop's iterable and where the variable sits in each
# item (``for n, (key, label) in enumerate(PAIRS)``: label is at (1, 1)).
_Binding = tuple[ast.AST, tuple[int, ...]]


class _Reader(ast.NodeVisitor):
    """Finds the translatable calls of one module, with their run-time context."""

    def __init__(self, module: _Module, out: Extraction, helpers: dict[str, _Helper],
                 noops: set[str], subclasses: dict[str, set[str]], in_ui: bool) -> None:
        self.module = module
        self.out = out
        self.helpers = helpers
        self.noops = noops
        self.subclasses = subclasses
        self.in_ui = in_ui
        self.classes: list[ast.ClassDef] = []
        self.functions: list[ast.FunctionDef] = []
        self.types: list[dict[str, str]] = []  # per function: local name -> class name
        self.loops: list[dict[str, _Binding]] = []
        self.assigned: list[dict[str, ast.AST]] = []  # per function: local name -> its value
        self.attributes: dict[str, dict[str, str]] = {}  # class -> self.attr -> class name

    # ----- where we are
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node)
        self.attributes[node.name] = self._attribute_types(node)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        types: dict[str, str] = {}
        for arg in node.args.args + node.args.kwonlyargs:
            kind = _annotation_class(arg.annotation)
            if kind:
                types[arg.arg] = kind
        assigned: dict[str, ast.AST] = {}
        self.types.append(types)
        for sub in ast.walk(node):
            if isinstance(sub, ast.Assign) and len(sub.targets) == 1 \
                    and isinstance(sub.targets[0], ast.Name):
                kind = self._type_of(sub.value)
                if kind:
                    types[sub.targets[0].id] = kind
                assigned[sub.targets[0].id] = sub.value
        self.assigned.append(assigned)
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()
        self.assigned.pop()
        self.types.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_For(self, node: ast.For) -> None:
        self.visit(node.iter)
        self.loops.append(self._bind(node.target, node.iter, ()))
        for statement in node.body + node.orelse:
            self.visit(statement)
        self.loops.pop()

    def _comprehension(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp,
                       parts: list[ast.AST]) -> None:
        pushed = 0
        for generator in node.generators:
            self.visit(generator.iter)
            self.loops.append(self._bind(generator.target, generator.iter, ()))
            pushed += 1
            for condition in generator.ifs:
                self.visit(condition)
        for part in parts:
            self.visit(part)
        del self.loops[len(self.loops) - pushed:]

    def visit_ListComp(self, node: ast.ListComp) -> None:
        self._comprehension(node, [node.elt])

    visit_SetComp = visit_ListComp  # type: ignore[assignment]

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> None:
        self._comprehension(node, [node.elt])

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self._comprehension(node, [node.key, node.value])

    def _bind(self, target: ast.AST, source: ast.AST, path: tuple[int, ...]
              ) -> dict[str, _Binding]:
        if isinstance(target, ast.Name):
            return {target.id: (source, path)}
        found: dict[str, _Binding] = {}
        if isinstance(target, ast.Tuple | ast.List):
            for i, element in enumerate(target.elts):
                found.update(self._bind(element, source, (*path, i)))
        return found

    def _attribute_types(self, cls: ast.ClassDef) -> dict[str, str]:
        """``self.board`` -> "SwotBoard" from ``self.board = board`` with
        ``board: SwotBoard`` a parameter, or ``self.x = Widget(...)``."""
        found: dict[str, str] = {}
        for func in cls.body:
            if not isinstance(func, ast.FunctionDef):
                continue
            params = {a.arg: _annotation_class(a.annotation) for a in func.args.args}
            for sub in ast.walk(func):
                if isinstance(sub, ast.AnnAssign) and isinstance(sub.target, ast.Attribute):
                    kind = _annotation_class(sub.annotation)
                    if kind:
                        found[sub.target.attr] = kind
                    continue
                if not (isinstance(sub, ast.Assign) and len(sub.targets) == 1):
                    continue
                target, value = sub.targets[0], sub.value
                if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                        and target.value.id == "self"):
                    continue
                if isinstance(value, ast.Name) and params.get(value.id):
                    found[target.attr] = str(params[value.id])
                elif isinstance(value, ast.Call) and isinstance(value.func, ast.Name) \
                        and value.func.id[:1].isupper():
                    found[target.attr] = value.func.id
        return found

    def _type_of(self, node: ast.AST | None) -> str | None:
        """The class of a receiver of ``.tr()``, or None if it cannot be told."""
        if isinstance(node, ast.Name):
            if node.id in ("self", "cls") and self.classes:
                return self.classes[-1].name
            for scope in reversed(self.types):
                if node.id in scope:
                    return scope[node.id]
            return None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "self" and self.classes:
            return self.attributes.get(self.classes[-1].name, {}).get(node.attr)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id[:1].isupper():
            return node.func.id  # QDateEdit().tr(...)
        return None

    # ----- the calls
    def where(self, node: ast.AST) -> str:
        return f"{self.module.relative}:{getattr(node, 'lineno', 0)}"

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        name = _callee(node)
        if isinstance(node.func, ast.Name) and name in self.noops:
            context = self.module.context_value(_arg(node, 0, "context"))
            text = _literal(_arg(node, 1, "sourceText"))
            comment = _literal(_arg(node, 2, "disambiguation")) or ""
            if context is None or text is None:
                self.out.unread.append(f"{self.where(node)}: {ast.unparse(node)}")
            else:
                self.out.add(Message(context, text, comment), self.where(node))
            return
        if not self.in_ui:
            return
        if name == _TRANSLATE and isinstance(node.func, ast.Attribute):
            if not (isinstance(node.func.value, ast.Name) and node.func.value.id in _APPS) \
                    or any(isinstance(a, ast.Starred) for a in node.args):
                return  # a translator asked directly (ui.languages), str.translate ...
            if self.functions and self.functions[-1] in self.module.helper_nodes:
                return  # the helper's own body
            context_node = _arg(node, 0, "context")
            if _is_type_name_of_self(context_node) and self.classes:
                self._per_subclass(node)
                return
            self._found(self.module.context_value(context_node), node, 1, "translate")
            return
        if isinstance(node.func, ast.Name) and name in self.helpers:
            helper = self.helpers[name]
            comment = _literal(_arg(node, *helper.comment)) if helper.comment else ""
            numerus = _counted(_arg(node, *helper.count)) if helper.count else False
            self._found(helper.context, node, 0, name, comment=comment or "", numerus=numerus)
            return
        if name == "tr" and isinstance(node.func, ast.Attribute):
            receiver, shift = node.func.value, 0
            if isinstance(receiver, ast.Name) and receiver.id in ("QObject", "QCoreApplication") \
                    and node.args:
                receiver, shift = node.args[0], 1  # QObject.tr(widget, text)
            context = self._type_of(receiver)
            if context is None:
                self.out.unread.append(
                    f"{self.where(node)}: tr() on {ast.unparse(receiver)}: of which class?")
                return
            self._found(context, node, shift, "tr",
                        own_class=isinstance(receiver, ast.Name) and receiver.id == "self")

    def _found(self, context: str | None, call: ast.Call, index: int, how: str,
               own_class: bool = False, comment: str | None = None,
               numerus: bool | None = None) -> None:
        """A text at argument ``index`` of ``call``; its disambiguation and count
        follow it (as in ``tr()`` and ``translate()``) unless given."""
        where = self.where(call)
        text_node = _arg(call, index, "sourceText")
        if comment is None:
            comment = _literal(_arg(call, index + 1, "disambiguation")) or ""
        if numerus is None:
            numerus = _counted(_arg(call, index + 2, "n"))
        if context is None or text_node is None:
            self.out.unread.append(f"{where}: {ast.unparse(call)}: which context?")
            return
        text = _literal(text_node)
        if text is not None:
            texts = [text]
        else:
            found = self._texts_of(text_node, context)
            if found is None:
                self.out.unread.append(f"{where}: {how}({ast.unparse(text_node)}) "
                                       f"in context {context}")
                return
            texts = found
        contexts = [context]
        if numerus and own_class:
            # PySide6 tries the contexts of the object's base classes for a
            # plain text, but a counted one only under the object's own class:
            # the subclasses of the class get the message too.
            contexts += sorted(self.subclasses.get(context, ()))
        for name in contexts:
            for one in texts:
                self.out.add(Message(name, one, comment, numerus), where)

    def _per_subclass(self, call: ast.Call) -> None:
        """``translate(type(self).__name__, self.COLUMNS[i])`` in a base class:
        each subclass's own texts under its own name."""
        base = self.classes[-1].name
        text_node = _arg(call, 1, "sourceText")
        for cls in sorted({base} | self.subclasses.get(base, set())):
            found = self._texts_of(text_node, base, self_class=cls)
            if found is None:
                if cls != base:
                    self.out.unread.append(f"{self.where(call)}: "
                                           f"{ast.unparse(call)} for {cls}")
                continue
            for text in found:
                self.out.add(Message(cls, text), self.where(call))

    # ----- texts from tables
    def _texts_of(self, node: ast.AST | None, context: str, self_class: str | None = None
                  ) -> list[str] | None:
        try:
            values = self._values(node, self_class or (self.classes[-1].name if self.classes
                                                       else None))
        except Exception:  # noqa: BLE001 - a table that cannot be read: by hand, or reported
            values = _NOT_READ
        if isinstance(values, list):
            texts = [v for v in values if isinstance(v, str) and v]
            if texts and len(texts) == len([v for v in values if v]):
                return texts
        by_hand = BY_HAND.get((Path(self.module.relative).name, ast.unparse(node)))
        if by_hand is not None:
            return [t for t in by_hand() if t]
        return None

    def _values(self, node: ast.AST | None, cls: str | None) -> Any:
        """The values an expression can take, read from the tables it names
        (a list), or :data:`_NOT_READ`."""
        if node is None:
            return _NOT_READ
        text = _literal(node)
        if text is not None:
            return [text]
        if isinstance(node, ast.Name):
            for loops in reversed(self.loops):
                if node.id in loops:
                    source, path = loops[node.id]
                    items = []
                    for item in self._evaluate(source, cls):
                        for i in path:
                            item = item[i]
                        items.append(item)
                    return items
            if any(node.id in scope for scope in self.types) or self._is_parameter(node.id):
                return _NOT_READ
            return [self._evaluate(node, cls)]
        if isinstance(node, ast.Subscript):
            return _contents(self._evaluate(node.value, cls))
        if isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id == "self":
                return [self._evaluate(node, cls)]
            inner = self._values(node.value, cls)
            if inner is _NOT_READ:
                return _NOT_READ
            return [getattr(item, node.attr) for item in inner]
        if isinstance(node, ast.Call):
            name = _callee(node)
            if name == "get" and isinstance(node.func, ast.Attribute):
                values = _contents(self._evaluate(node.func.value, cls))
                default = _literal(_arg(node, 1, "default"))
                return values + ([default] if default is not None else [])
            if name == "label_of" and node.args:
                return [label for _key, label in self._evaluate(node.args[0], cls)]
        if isinstance(node, ast.IfExp):
            left, right = self._values(node.body, cls), self._values(node.orelse, cls)
            if left is _NOT_READ or right is _NOT_READ:
                return _NOT_READ
            return left + right
        return _NOT_READ

    def _is_parameter(self, name: str) -> bool:
        return any(name in {a.arg for a in f.args.args + f.args.kwonlyargs}
                   for f in self.functions)

    def _evaluate(self, node: ast.AST, cls: str | None) -> Any:
        """An expression naming a table (``MEMBER_TYPES``, ``self.COLUMNS``,
        ``GRADIENT_LABELS.items()``, ``enumerate(SWOT_QUADRANTS)``), evaluated
        in its module; a call only of something without arguments or of
        enumerate/dict/sorted/list/tuple."""
        for sub in ast.walk(node):
            if isinstance(sub, ast.Call):
                allowed = (isinstance(sub.func, ast.Name) and sub.func.id in (
                    "enumerate", "dict", "sorted", "list", "tuple")) or (
                    isinstance(sub.func, ast.Attribute)
                    and sub.func.attr in ("items", "values", "keys")) or not (
                    sub.args or sub.keywords)
                if not allowed:
                    raise ValueError(ast.unparse(sub))
        node = _Substitute(self.assigned[-1] if self.assigned else {}).visit(
            ast.parse(ast.unparse(node), mode="eval").body)
        module = self.module.loaded()
        scope = dict(vars(module))
        if cls is not None:
            scope["self"] = scope["cls"] = self._class_object(cls)
        return eval(compile(ast.Expression(node), self.module.relative, "eval"), scope)

    def _class_object(self, name: str) -> Any:
        module = self.module.loaded()
        if hasattr(module, name):
            return getattr(module, name)
        for other in _ALL_MODULES:
            if name in other.classes:
                return getattr(other.loaded(), name)
        raise LookupError(name)


class _Substitute(ast.NodeTransformer):
    """A function's local names replaced by the value assigned to them
    (``names = dict(SWOT_QUADRANTS)``, then ``names[quadrant]``)."""

    def __init__(self, assigned: dict[str, ast.AST]) -> None:
        self.assigned = assigned

    def visit_Name(self, node: ast.Name) -> ast.AST:
        value = self.assigned.get(node.id)
        return ast.parse(ast.unparse(value), mode="eval").body if value is not None else node


def _contents(table: Any) -> list[Any]:
    if isinstance(table, dict):
        return list(table.values())
    return list(table)


def _is_type_name_of_self(node: ast.AST | None) -> bool:
    """``type(self).__name__``"""
    return (isinstance(node, ast.Attribute) and node.attr == "__name__"
            and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "type" and len(node.value.args) == 1
            and isinstance(node.value.args[0], ast.Name) and node.value.args[0].id == "self")


# ----- texts found by hand ------------------------------------------------------
# (file name, expression) -> the texts it can be, for what the tables cannot
# give: attributes of objects made at run time. Asked only when reading the
# tables failed.

def _options(attribute: str) -> Callable[[], list[str]]:
    def texts() -> list[str]:
        from facilitator_app import options

        return [getattr(o, attribute) for o in options.OPTIONS]

    return texts


def _option_choices() -> list[str]:
    from facilitator_app import options
    from facilitator_app.i18n import LANGUAGES

    names = {name for _code, name in LANGUAGES}  # each language in its own name
    return [label for o in options.OPTIONS for _key, label in o.choices if label not in names]


def _sections() -> list[str]:
    from facilitator_app import options

    return list(dict.fromkeys(o.section for o in options.OPTIONS))


def _action_statuses() -> list[str]:
    from facilitator_app.core.action_plan import ACTION_STATUSES

    return [label for _key, label in ACTION_STATUSES]


def _field_labels() -> list[str]:
    from facilitator_app.core.roster_fields import FIELDS

    return [f.label for f in FIELDS.values()]


def _choice_labels() -> list[str]:
    from facilitator_app.core.roster_fields import FIELDS

    return [label for f in FIELDS.values() for _key, label in f.choices]


def _member_types() -> list[str]:
    from facilitator_app.core.domain import MEMBER_TYPES

    return [label for _key, label in MEMBER_TYPES] + ["(type not set)"]


def _score_headings() -> list[str]:
    from facilitator_app.core.voting.registry import SPECS

    return [spec.score_heading for spec in SPECS.values()]


def _workshop_tabs() -> list[str]:
    # by name, like every module whose tables are read: a static import would
    # make this package, which the UI uses at run time, depend on the UI
    view = importlib.import_module("facilitator_app.ui.workshop_view")
    return [title for _key, title, _factory in view.tab_factories()]


def _literals(file: str, function: str) -> Callable[[], list[str]]:
    """The string literals in the lists and return statements of ``function``
    in ``file`` (a module of the package, read, not run)."""
    def texts() -> list[str]:
        tree = ast.parse((PACKAGE / file).read_text(encoding="utf-8"))
        found: list[str] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == function:
                for sub in ast.walk(node):
                    parts = sub.elts if isinstance(sub, ast.List) else [sub.value] if \
                        isinstance(sub, ast.Return) else []
                    found += [t for t in map(_literal, parts) if t]
        return found

    return texts


def _covered_by_markers() -> list[str]:
    """Texts declared with ``QT_TRANSLATE_NOOP`` where they are made (core's
    health checks, import problems and counts): found there already."""
    return []


BY_HAND: dict[tuple[str, str], Callable[[], list[str]]] = {
    ("settings_dialog.py", "opt.label"): _options("label"),
    ("settings_dialog.py", "opt.help"): _options("help"),
    ("settings_dialog.py", "label"): _option_choices,
    ("settings_dialog.py", "self.section"): _sections,
    ("settings_dialog.py", "section"): _sections,
    ("settings_dialog.py", "problem"): _covered_by_markers,  # options.py's checks
    ("action_plan_page.py", "a.status_text"): _action_statuses,
    ("action_review.py", "status_label(row.status)"): _action_statuses,
    ("adopt_dialog.py", "method_spec(info.method).score_heading"): _score_headings,
    ("attendance_tab.py", "c.label"): _member_types,
    ("import_dialog.py", "str(params['label'])"): _field_labels,
    ("import_dialog.py", "problem.template"): _covered_by_markers,
    ("import_dialog.py", "template"): _covered_by_markers,
    ("import_dialog.py", "choice_label(field, value)"): _choice_labels,
    ("import_dialog.py", "bool_text(value)"): lambda: ["Yes", "No"],
    ("member_form.py", "label"): _choice_labels,
    ("roster_model.py", "label"): _choice_labels,
    ("health_panel.py", "check.title"): _covered_by_markers,
    ("health_panel.py", "check.figure"): _covered_by_markers,
    ("health_panel.py", "check.threshold"): _covered_by_markers,
    ("health_panel.py", "check.factor_name"): _covered_by_markers,
    ("health_panel.py", "check.reference"): _covered_by_markers,
    ("health_panel.py", "check.explanation"): _covered_by_markers,
    ("main_window.py", "title"): _workshop_tabs,
    ("restore_dialog.py", "info.kind"): _literals("storage/backups.py", "kind"),
    ("results_tab.py", "h"): lambda: _literals("ui/results_tab.py", "option_figures")()
    + _score_headings(),
}


_ALL_MODULES: list[_Module] = []


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def extract(files: Iterable[Path] | None = None) -> Extraction:
    """Every text the UI translates: ``tr()``, ``translate()`` and helper calls
    in ``ui/``, and the no-op markers anywhere in the package."""
    modules = [_Module(path) for path in (source_files() if files is None else files)]
    _ALL_MODULES[:] = modules
    by_name = {m.name: m for m in modules}
    direct: dict[str, set[str]] = {}
    for module in modules:
        for cls, bases in module.classes.items():
            for base in bases:
                direct.setdefault(base, set()).add(cls)
    subclasses: dict[str, set[str]] = {}
    for cls in direct:
        seen: set[str] = set()
        todo = list(direct[cls])
        while todo:
            sub = todo.pop()
            if sub not in seen:
                seen.add(sub)
                todo.extend(direct.get(sub, ()))
        subclasses[cls] = seen
    out = Extraction()
    for module in modules:
        in_ui = module.name.startswith("facilitator_app.ui.")
        helpers = dict(module.helpers) if in_ui else {}
        noops = set(module.noops)
        for local, (source, name) in module.imports.items():
            origin = by_name.get(source)
            if origin is None:
                continue
            if in_ui and name in origin.helpers:
                helpers[local] = origin.helpers[name]
            if name in origin.noops:
                noops.add(local)
        _Reader(module, out, helpers, noops, subclasses, in_ui).visit(module.tree)
    return out
