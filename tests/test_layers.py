"""The package's layers, checked from the source: who may import whom (DESIGN.md), no import circles,
and no lower layer importing the package root (whose names pull in the client and the widgets)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "vidai_nb"

# layer → the vidai_nb layers it must never import (lazily or not)
FORBIDDEN: dict[str, set[str]] = {
    "protocol": {"client", "engine", "timeline", "widgets", "connection", "local"},
    "timeline": {"client", "engine", "widgets", "connection", "local"},
    "client": {"engine", "widgets", "connection", "local"},
    "engine": {"client", "widgets", "connection", "local"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def _type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name | ast.Attribute) and "TYPE_CHECKING" in ast.unparse(node.test)


def _ours(module: str | None) -> bool:
    return (module or "").split(".")[0] == "vidai_nb"


def imports(path: Path, top_level_only: bool) -> Iterator[tuple[str, str | None]]:
    """(module, name) for every import of a vidai_nb module; `name` for `from module import name`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes: list[ast.AST] = list(tree.body) if top_level_only else list(ast.walk(tree))
    while nodes:
        node = nodes.pop(0)
        if top_level_only and isinstance(node, ast.If) and not _type_checking(node):
            nodes += node.body + node.orelse
        elif top_level_only and isinstance(node, ast.Try):
            nodes += node.body + node.orelse + node.finalbody
        elif isinstance(node, ast.Import):
            yield from ((a.name, None) for a in node.names if a.name.split(".")[0] == "vidai_nb")
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and _ours(node.module):
            yield from ((str(node.module), a.name) for a in node.names)


def targets(path: Path, top_level_only: bool) -> set[str]:
    """The vidai_nb modules a file imports (`from pkg import submodule` counts as the submodule)."""
    out: set[str] = set()
    for module, name in imports(path, top_level_only):
        out.add(f"{module}.{name}" if name and f"{module}.{name}" in MODULES else module)
    return out


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_layers_import_only_downwards() -> None:
    wrong = [
        f"{name} imports {target}"
        for name, path in MODULES.items()
        for target in targets(path, top_level_only=False)
        if layer(target) in FORBIDDEN.get(layer(name), set())
    ]
    assert not wrong, wrong


def test_protocol_is_neutral_data() -> None:
    assert not targets(MODULES["vidai_nb.protocol"], top_level_only=False)
    client = {t for n, p in MODULES.items() if layer(n) == "client" for t in targets(p, False)}
    engine = {t for n, p in MODULES.items() if layer(n) == "engine" for t in targets(p, False)}
    assert "vidai_nb.protocol" in client and "vidai_nb.protocol" in engine  # both read the one vocabulary


def test_no_lower_layer_imports_the_package_root() -> None:
    wrong = [
        f"{name}: from vidai_nb import {what}" if what else f"{name}: import vidai_nb"
        for name, path in MODULES.items()
        if layer(name) in FORBIDDEN
        for module, what in imports(path, top_level_only=False)
        if module == "vidai_nb" and (what is None or f"vidai_nb.{what}" not in MODULES)
    ]
    assert not wrong, wrong


def test_no_import_circles() -> None:
    graph = {name: targets(path, top_level_only=True) & set(MODULES) for name, path in MODULES.items()}
    circles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                circles.append([*stack[stack.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    assert not circles, circles
