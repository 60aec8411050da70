"""Every text the source marks with t()/t.n()/T_() (output domains) or
_()/n_()/N_() (messages) reaches the extracted catalogue. Babel's extractor
misses a marked text nested in a conditional inside another marked call's
argument; such a text was never translated: the French report of a
one-ballot round said 'L'accord ne peut pas être mesuré : too few ballots'."""

from __future__ import annotations

import ast

import pytest

from facilitator_app.i18n.po import DOMAIN_FILES, SOURCE_ROOT, domain_sources, extract

MARKS = {"messages": {"_", "n_", "N_"}, "other": {"t", "n", "T_"}}


def _mark(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and func.attr == "n" \
            and isinstance(func.value, ast.Name) and func.value.id == "t":
        return "n"
    return None


def marked_in_source(domain: str) -> dict[str, str]:
    marks = MARKS["messages" if domain == "messages" else "other"]
    found: dict[str, str] = {}
    for path in domain_sources(domain):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _mark(node.func) in marks and node.args \
                    and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                found.setdefault(node.args[0].value,
                                 f"{path.relative_to(SOURCE_ROOT)}:{node.lineno}")
    return found


@pytest.mark.parametrize("domain", sorted(DOMAIN_FILES))
def test_every_marked_text_is_extracted(domain):
    extracted = {m.id[0] if isinstance(m.id, tuple) else m.id for m in extract(domain) if m.id}
    marked = marked_in_source(domain)
    assert marked, f"no marked text found in the {domain} domain's files"
    missing = {text: where for text, where in marked.items() if text not in extracted}
    assert not missing, (f"marked but not extracted (mark it on a line of its own): {missing}")
