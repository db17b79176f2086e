"""Data flows one way: source -> delivery -> documents -> checks -> report -> renderer.

Read from the code itself (every import, also the ones inside functions): a lower layer never
imports a higher one, and no two packages import each other.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "dawcheck"
# what each layer may not import (a higher layer)
FORBIDDEN = {
    "documents": {"checks", "pipeline", "report", "render", "cli", "sources", "messages"},
    "sources": {"checks", "pipeline", "report", "render", "cli", "messages"},
    "addendum": {"checks", "pipeline", "report", "render", "cli", "documents", "sources"},
    "checks": {"pipeline", "report", "render", "cli"},
    "pipeline": {"render", "cli"},
    "render": {"pipeline", "cli"},
}


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1].removesuffix(".py") if len(parts) > 1 else ""


def _imports() -> dict[str, set[str]]:
    """Package (first level under dawcheck) -> the packages its modules import."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in SRC.rglob("*.py"):
        package = path.relative_to(SRC).parts[0].removesuffix(".py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                if name.startswith("dawcheck."):
                    target = _layer(name)
                    if target and target != package:
                        found[package].add(target)
    return found


def test_lower_layers_never_import_higher_ones():
    imports = _imports()
    wrong = {p: sorted(imports[p] & bad) for p, bad in FORBIDDEN.items() if imports[p] & bad}
    assert wrong == {}


def test_no_two_packages_import_each_other():
    imports = _imports()
    packages = {p for p in imports if (SRC / p).is_dir()}
    cycles = sorted(
        (a, b) for a in packages for b in imports[a] & packages if a < b and a in imports[b]
    )
    assert cycles == []
