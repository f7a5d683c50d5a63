"""The tests mirror the package, so a newcomer finds a view's tests where its code is: a test
module under tests/gui/ sits in the folder named like the caseapp/gui package it tests (or in
tests/gui/ itself for the modules at caseapp/gui's top), and every test that runs
``caseapp-admin`` lives in tests/cli/ (tests/packaging/ runs the built package's commands to
check the package, not the CLI). The rule is written down in docs/architecture.md."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from tests.conftest import ROOT

TESTS = ROOT / "tests"
# Where running caseapp-admin belongs, and tests/conftest.py, which defines run_cli for it.
CLI_ALLOWED = (TESTS / "cli", TESTS / "packaging", TESTS / "conftest.py")


def misplaced_gui_tests(root: Path) -> list[str]:
    """Test modules under tests/gui/ whose folder has no caseapp/gui package of that name."""
    found = []
    for module in sorted((root / "tests" / "gui").rglob("test_*.py")):
        folder = module.parent.relative_to(root / "tests" / "gui")
        if not (root / "caseapp" / "gui" / folder / "__init__.py").is_file():
            found.append(str(module.relative_to(root)))
    return found


def _cli_entry(root: Path) -> tuple[str, str]:
    """caseapp-admin's command name and module, as pyproject.toml declares the one console
    script (the GUI is a gui-script)."""
    scripts = tomllib.loads((root / "pyproject.toml").read_text())["project"]["scripts"]
    (name, target), = scripts.items()
    return name, target.split(":")[0]


def cli_use(source: str, command: str, module: str) -> list[str]:
    """How a module runs the CLI: through run_cli, the command or ``python -m`` module named
    as a program, an import of the CLI package, or a CLI test's helpers (tests.cli...)."""
    uses = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and node.id == "run_cli":
            uses.append(f"line {node.lineno}: run_cli")
        elif isinstance(node, ast.Constant) and node.value in (command, module):
            uses.append(f"line {node.lineno}: {node.value!r}")
        elif isinstance(node, ast.ImportFrom | ast.Import):
            names = ([node.module or ""] if isinstance(node, ast.ImportFrom)
                     else [alias.name for alias in node.names])
            for name in names:
                if name == module or name.startswith((module + ".", "tests.cli")):
                    uses.append(f"line {node.lineno}: import {name}")
    return uses


def cli_tests_outside_cli(root: Path) -> dict[str, list[str]]:
    command, module = _cli_entry(root)
    allowed = [root / p.relative_to(ROOT) for p in CLI_ALLOWED]
    found = {}
    for path in sorted((root / "tests").rglob("*.py")):
        if any(path == a or a in path.parents for a in allowed):
            continue
        uses = cli_use(path.read_text(encoding="utf-8"), command, module)
        if uses:
            found[str(path.relative_to(root))] = uses
    return found


def test_gui_tests_mirror_the_gui_packages():
    assert misplaced_gui_tests(ROOT) == [], (
        "move these into tests/gui/<feature>/ named like the caseapp/gui package they test")


def test_only_tests_in_tests_cli_run_caseapp_admin():
    assert cli_tests_outside_cli(ROOT) == {}, (
        "a test that runs caseapp-admin belongs in tests/cli/ (split the file if it also "
        "tests a service)")
