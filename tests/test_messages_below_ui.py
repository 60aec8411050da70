"""Every message a user can be shown from below the UI is marked for
translation (the ``messages`` domain, facilitator_app.i18n.messages).

An AST walk over core, services, storage, export and cli finds each place a
:class:`UserError` (or a subclass defined in the package) is made, including
``super().__init__(...)`` inside a subclass, and fails when its message is
not a ``_()``/``n_()`` call or a variable that only ever holds one. A ``_()``
of a constant needs the constant marked ``N_()`` where it is defined.
"""

from __future__ import annotations

import ast
from pathlib import Path

from facilitator_app.i18n.po import SOURCE_ROOT

PACKAGE = SOURCE_ROOT / "facilitator_app"
CHECKED = ("core", "services", "storage", "export", "cli")
TRANSLATING = {"_", "n_"}
PARTICIPANT_FACING = {"CodeRefused"}
"""Errors shown on a phone page, in the participants' language: the
``participant`` domain's texts (``T_()``/``t()``), checked by its catalogues."""


def _name_of(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _first_parameter(cls: ast.ClassDef) -> str | None:
    for item in cls.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            params = [p.arg for p in item.args.posonlyargs + item.args.args][1:]
            return params[0] if params else ""
    return None


def user_error_classes(root: Path = PACKAGE) -> set[str]:
    """UserError and every class of the package that derives from it (by name)."""
    return set(_user_error_classes(root))


def _user_error_classes(root: Path) -> dict[str, str | None]:
    """Each class and the first parameter of its own ``__init__`` (None: inherited)."""
    bases: dict[str, set[str]] = {}
    first: dict[str, str | None] = {}
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_name_of(b) for b in node.bases)
                first[node.name] = _first_parameter(node)
    found = {"UserError"}
    grew = True
    while grew:
        grew = False
        for name, parents in bases.items():
            if name not in found and parents & found:
                found.add(name)
                grew = True
    return {name: first.get(name) for name in found}


class _Checker(ast.NodeVisitor):
    def __init__(self, path: Path, classes: dict[str, str | None], root: Path) -> None:
        self.path = path
        self.root = root
        self.classes = classes
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.module_values = self._assignments(self.tree.body)
        self.functions = {n.name: n for n in self.tree.body if isinstance(n, ast.FunctionDef)}
        self.methods: dict[str, ast.FunctionDef] = {}  # the module's own classes' methods
        for cls in self.tree.body:
            if isinstance(cls, ast.ClassDef):
                for item in cls.body:
                    if isinstance(item, ast.FunctionDef):
                        self.methods.setdefault(item.name, item)
        self.scopes: list[ast.AST] = [self.tree]
        self.class_stack: list[ast.ClassDef] = []
        self.found: list[str] = []
        self.message_parameters: set[tuple[str, str, int]] = set()
        """(function, parameter, its position) raised as a message: its callers are checked."""

    # ---- where a name gets its value --------------------------------------
    @staticmethod
    def _assignments(body: list[ast.stmt]) -> dict[str, list[ast.expr]]:
        """What each name is assigned in ``body``, not looking into nested functions."""
        values: dict[str, list[ast.expr]] = {}
        todo: list[ast.AST] = list(body)
        while todo:
            node = todo.pop()
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                                 ast.ClassDef)):
                continue
            todo.extend(ast.iter_child_nodes(node))
            targets: list[ast.expr] = []
            value: ast.expr | None = None
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign, ast.NamedExpr)) \
                    and node.value is not None:
                targets, value = [node.target], node.value
            for target in targets:
                if isinstance(target, ast.Name) and value is not None:
                    values.setdefault(target.id, []).append(value)
        return values

    def _scope_values(self) -> dict[str, list[ast.expr]]:
        scope = self.scopes[-1]
        if scope is self.tree:
            return self.module_values
        return self._assignments(list(getattr(scope, "body", [])))

    def _parameters(self) -> set[str]:
        scope = self.scopes[-1]
        if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = scope.args
            return {p.arg for p in a.posonlyargs + a.args + a.kwonlyargs}
        return set()

    # ---- what counts as a translated message ------------------------------
    def _marked_constant(self, arg: ast.expr) -> bool:
        """The argument of ``_()`` : a literal, or a constant marked ``N_()``."""
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return True
        if isinstance(arg, ast.Call) and _name_of(arg.func) in ("N_", "T_"):
            return True
        if isinstance(arg, ast.Name) and arg.id in self.module_values:
            values = self.module_values[arg.id]
            return all(isinstance(v, ast.Call) and _name_of(v.func) in ("N_", "T_")
                       for v in values)
        if isinstance(arg, ast.Name):
            values = self._scope_values().get(arg.id, [])
            return bool(values) and all(self._marked_constant(v) for v in values)
        if isinstance(arg, ast.Subscript):  # TABLE[key], TABLE[key][0]
            return self._marked_table(arg.value)
        if isinstance(arg, ast.Call) and _name_of(arg.func) == "get" \
                and isinstance(arg.func, ast.Attribute):  # TABLE.get(key)
            return self._marked_table(arg.func.value)
        # a field of a record of texts, checked by the catalogue test
        return isinstance(arg, ast.Attribute)

    def _marked_table(self, table: ast.expr) -> bool:
        """A module's dict (or a row of it) whose texts are all marked ``N_()``."""
        if isinstance(table, ast.Subscript):
            return self._marked_table(table.value)
        if not isinstance(table, ast.Name):
            return False
        values = self.module_values.get(table.id, [])
        if len(values) != 1 or not isinstance(values[0], ast.Dict):
            return False
        texts = [v for value in values[0].values
                 for v in (value.elts if isinstance(value, ast.Tuple) else [value])]
        return bool(texts) and all(
            isinstance(v, ast.Call) and _name_of(v.func) == "N_" for v in texts)

    def translated(self, expr: ast.expr, seen: frozenset[str] = frozenset()) -> bool:
        if isinstance(expr, ast.Call) and _name_of(expr.func) in TRANSLATING \
                and isinstance(expr.func, ast.Name):
            return bool(expr.args) and self._marked_constant(expr.args[0])
        if isinstance(expr, ast.IfExp):
            return self.translated(expr.body, seen) and self.translated(expr.orelse, seen)
        if isinstance(expr, ast.BoolOp):  # explain(exc) or _("...")
            return all(self.translated(v, seen) for v in expr.values)
        if isinstance(expr, ast.Constant) and expr.value is None:
            return True
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) \
                and expr.func.id in self.functions and expr.func.id not in seen:
            return self._returns_translated(self.functions[expr.func.id], seen | {expr.func.id})
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) \
                and expr.func.attr in self.methods and expr.func.attr not in seen:
            return self._returns_translated(self.methods[expr.func.attr],
                                            seen | {expr.func.attr})
        if isinstance(expr, ast.Attribute) and expr.attr in self.methods \
                and expr.attr not in seen:  # a property of the module's own class
            return self._returns_translated(self.methods[expr.attr], seen | {expr.attr})
        if isinstance(expr, (ast.List, ast.Tuple)):  # several messages (each a sentence)
            return all(self.translated(e, seen) for e in expr.elts)
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) \
                and expr.func.attr == "join" and isinstance(expr.func.value, ast.Constant) \
                and not any(c.isalpha() for c in str(expr.func.value.value)):
            return True  # messages joined with punctuation, each made where it is listed
        if isinstance(expr, ast.Name) and expr.id in self.module_values and all(
                isinstance(v, ast.Call) and _name_of(v.func) == "T_"
                for v in self.module_values[expr.id]):
            return True  # a participant text (phone pages), translated where it is shown
        if isinstance(expr, ast.Name) and expr.id not in seen:
            values = self._scope_values().get(expr.id)
            if values:
                return all(self.translated(v, seen | {expr.id}) for v in values)
            scope = self.scopes[-1]
            if isinstance(scope, ast.FunctionDef) and expr.id in self._parameters():
                if self.class_stack and self.class_stack[-1].name in self.classes \
                        and scope.name == "__init__":
                    return True  # a UserError's own __init__: its callers are checked
                names = [p.arg for p in scope.args.posonlyargs + scope.args.args]
                position = names.index(expr.id) if expr.id in names else -1
                if names[:1] in (["self"], ["cls"]):
                    position -= 1
                self.message_parameters.add((scope.name, expr.id, position))
                return True  # a helper's parameter: every call of the helper is checked
        return False

    def _returns_translated(self, func: ast.FunctionDef, seen: frozenset[str]) -> bool:
        """A helper of the module that makes the message: what it returns."""
        returns = [n.value for n in ast.walk(func) if isinstance(n, ast.Return)]
        self.scopes.append(func)
        try:
            return bool(returns) and all(
                v is not None and self.translated(v, seen) for v in returns)
        finally:
            self.scopes.pop()

    # ---- the walk ---------------------------------------------------------
    def _report(self, node: ast.AST, what: str) -> None:
        where = self.path.relative_to(self.root.parent).as_posix()
        self.found.append(f"{where}:{getattr(node, 'lineno', 0)}: {what}")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.class_stack.append(node)
        self.generic_visit(node)
        self.class_stack.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.scopes.append(node)
        self.generic_visit(node)
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Call(self, node: ast.Call) -> None:
        name = _name_of(node.func)
        is_super_init = (isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"
                         and isinstance(node.func.value, ast.Call)
                         and _name_of(node.func.value.func) == "super"
                         and bool(self.class_stack)
                         and self.class_stack[-1].name in self.classes)
        if name in PARTICIPANT_FACING:
            self.generic_visit(node)
            return
        # a class whose own __init__ takes something else first (a list of
        # problems, a title) makes its message in its super().__init__, checked
        takes = self.classes.get(name) if name in self.classes else "message"
        message: ast.expr | None = None
        if is_super_init or (name in self.classes and takes in (None, "message")):
            message = node.args[0] if node.args else next(
                (k.value for k in node.keywords if k.arg == "message"), None)
        elif name in self.classes and node.args and isinstance(node.args[0], ast.List):
            message = node.args[0]  # a list of problems: each one a message
        if message is not None and not self.translated(message):
                self._report(node, f"{name}({ast.unparse(message)[:70]})")
        self.generic_visit(node)


class _CallerChecker(_Checker):
    """The calls of helpers that raise one of their parameters as a message."""

    def __init__(self, path: Path, classes: dict[str, str | None], root: Path,
                 helpers: set[tuple[str, str, int]]) -> None:
        super().__init__(path, classes, root)
        self.helpers = helpers

    def visit_Call(self, node: ast.Call) -> None:
        name = _name_of(node.func)
        for function, parameter, position in self.helpers:
            if name != function:
                continue
            given = next((k.value for k in node.keywords if k.arg == parameter), None)
            if given is None and 0 <= position < len(node.args):
                given = node.args[position]
            if given is not None and not self.translated(given):
                self._report(node, f"{name}({parameter}={ast.unparse(given)[:60]})")
        self.generic_visit(node)


def unmarked_messages(root: Path = PACKAGE) -> list[str]:
    classes = _user_error_classes(root)
    found: list[str] = []
    helpers: set[tuple[str, str, int]] = set()
    paths = [path for part in CHECKED for path in sorted((root / part).rglob("*.py"))]
    for path in paths:
        checker = _Checker(path, classes, root)
        checker.visit(checker.tree)
        found += checker.found
        helpers |= checker.message_parameters
    for path in paths:
        callers = _CallerChecker(path, classes, root, helpers)
        callers.visit(callers.tree)
        found += callers.found
    return found


def test_the_package_has_user_error_subclasses():
    classes = user_error_classes()
    assert {"UserError", "BadInputError", "WorkspaceError", "BallotRejected"} <= classes


def test_every_user_error_below_the_ui_is_translated():
    """Run ``python -m facilitator_app.i18n po-update messages`` after marking."""
    found = unmarked_messages()
    assert found == [], "messages not marked with _():\n" + "\n".join(found)


def test_the_check_finds_an_unmarked_message(tmp_path):
    package = tmp_path / "facilitator_app"
    (package / "core").mkdir(parents=True)
    (package / "services").mkdir()
    (package / "core" / "errors.py").write_text(
        "class UserError(Exception):\n    pass\n"
        "class BadInputError(UserError):\n    pass\n", encoding="utf-8")
    (package / "services" / "thing.py").write_text(
        "from facilitator_app.i18n.messages import _, N_\n"
        "from facilitator_app.core.errors import BadInputError, UserError\n"
        "class Rejected(BadInputError):\n"
        "    def __init__(self, who):\n"
        "        super().__init__('Refused: ' + who)\n"
        "GONE = 'gone'\n"
        "KEPT = N_('kept')\n"
        "def ok(name):\n"
        "    text = _('{name} left', name=name) if name else _('Nobody left')\n"
        "    raise UserError(text)\n"
        "def ok_constant():\n"
        "    raise UserError(_(KEPT))\n"
        "def plain(name):\n"
        "    raise UserError(f'{name} left')\n"
        "def joined(name):\n"
        "    raise BadInputError('No ' + name, exit_code=2)\n"
        "def constant():\n"
        "    raise BadInputError(_(GONE))\n"
        "def variable(exc):\n"
        "    text = str(exc)\n"
        "    raise UserError(text)\n"
        "def helper(text):\n"
        "    raise UserError(text)\n"
        "def calls_helper():\n"
        "    helper(_('fine'))\n"
        "    helper('not marked')\n"
        "def problems():\n"
        "    raise Rejected('someone')\n", encoding="utf-8")
    found = unmarked_messages(package)
    assert [f.split(": ")[0] for f in found] == [
        "facilitator_app/services/thing.py:5",
        "facilitator_app/services/thing.py:14",
        "facilitator_app/services/thing.py:16",
        "facilitator_app/services/thing.py:18",
        "facilitator_app/services/thing.py:21",
        "facilitator_app/services/thing.py:26",
    ]


def _placeholder_names(text: str) -> set[str]:
    import string

    return {field.split(".")[0].split("[")[0]
            for _lit, field, _spec, _conv in string.Formatter().parse(text) if field}


def test_every_placeholder_of_a_message_is_given():
    """``_("{name} left", name=...)``: a placeholder without its keyword would
    raise KeyError where the message is made, instead of showing it."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in TRANSLATING and node.args):
                continue
            texts = [a for a in node.args[:2 if node.func.id == "n_" else 1]
                     if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if not texts or any(k.arg is None for k in node.keywords):
                continue  # a constant's text, or **params: checked where it is made
            given = {k.arg for k in node.keywords} | ({"n"} if node.func.id == "n_" else set())
            for text in texts:
                missing = _placeholder_names(text.value) - given
                if missing:
                    where = path.relative_to(PACKAGE.parent).as_posix()
                    found.append(f"{where}:{node.lineno}: {sorted(missing)}")
    assert found == []


def _words_in(node: ast.expr) -> list[str]:
    """The literal text a printed expression carries, outside _()/n_() calls."""
    if isinstance(node, ast.Call) and _name_of(node.func) in TRANSLATING | {"N_"}:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant)] + [
            w for v in node.values if isinstance(v, ast.FormattedValue)
            for w in _words_in(v.value)]
    if isinstance(node, ast.BinOp):
        return _words_in(node.left) + _words_in(node.right)
    if isinstance(node, ast.IfExp):
        return _words_in(node.body) + _words_in(node.orelse)
    return []


PROGRAM_PREFIX = "facilitator-app: "


def untranslated_prints(folder: Path = PACKAGE / "cli") -> list[str]:
    found = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and _name_of(node.func) == "print" and node.args):
                continue
            for text in _words_in(node.args[0]):
                rest = text.replace(PROGRAM_PREFIX, "")
                if rest.strip(" \n\t:-") and any(c.isalpha() for c in rest):
                    found.append(f"{path.name}:{node.lineno}: {text!r}")
    return found


def test_what_the_command_line_prints_is_translated():
    """Every ``print`` of cli/ says its words through _()/n_(); only the
    program's name before a message, and spacing, are left as they are."""
    assert untranslated_prints() == []


def test_the_print_check_finds_english_words(tmp_path):
    (tmp_path / "thing.py").write_text(
        "print(f'Wrote {n} files')\n"
        "print('facilitator-app: ' + _('fine'))\n"
        "print(f'facilitator-app: {exc.message}')\n"
        "print('  ' + _('fine'))\n"
        "print(line)\n"
        "print('Done.' if ok else _('fine'))\n", encoding="utf-8")
    assert [f.split(": ")[0] for f in untranslated_prints(tmp_path)] == [
        "thing.py:1", "thing.py:1", "thing.py:6"]
