"""Slots do not open units of work by hand: they go through ``ui/operation.py``.

Read from the source (as ruff would): every ``with ... .session()`` in
``facilitator_app/ui`` is listed with the function it is in, and only the
places below may open one themselves.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "facilitator_app" / "ui"

# (file, function): why it opens a session itself
ALLOWED = {
    ("context.py", "session"): "the unit of work itself, which the helper opens",
    ("operation.py", "run"): "the helper",
    ("operation.py", "fetch"): "the helper",
    ("operation.py", "session"): "the helper's background job: the worker thread's own",
    ("export_worker.py", "run_job"): "an export's worker thread opens its own session",
    ("app.py", "workspace_from_welcome"): "start-up, before a window or context exists",
    ("roster_page.py", "delete_selected"): "kept as it is while member deletion is reworked",
}


def _sessions_opened(path: Path) -> list[tuple[str, str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = function
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner = child.name
            if isinstance(child, (ast.With, ast.AsyncWith)):
                for item in child.items:
                    call = item.context_expr
                    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                            and call.func.attr == "session"):
                        found.append((path.name, function, child.lineno))
            visit(child, inner)

    visit(tree, "<module>")
    return found


def test_no_slot_opens_a_session_by_hand():
    opened = [hit for path in sorted(UI.glob("*.py")) for hit in _sessions_opened(path)]
    assert ("operation.py", "run") in {(name, function) for name, function, _ in opened}
    offenders = [f"{name}:{line} in {function}()" for name, function, line in opened
                 if (name, function) not in ALLOWED]
    assert offenders == [], "use Op(self, ctx).run(...) from ui/operation.py instead"


def test_the_scan_finds_a_session_opened_in_a_slot(tmp_path):
    sample = tmp_path / "some_page.py"
    sample.write_text(
        "class Page:\n"
        "    def save(self):\n"
        "        with self.ctx.session() as s:\n"
        "            s.add(1)\n",
        encoding="utf-8")
    assert _sessions_opened(sample) == [("some_page.py", "save", 3)]
