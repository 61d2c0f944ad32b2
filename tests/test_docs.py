"""The README documents every command and every pipeline step (a test fails when one is added silently)."""

from __future__ import annotations

from silang.cli import _load_commands, app
from silang.pipeline import STEPS

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    _load_commands()
    names = {c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands}
    assert {"brief", "eval", "train"} <= names
    missing = [n for n in names if f"silang {n}" not in README]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_every_step_is_in_the_readme() -> None:
    missing = [name for name in STEPS if name not in README]
    assert not missing, f"steps not documented in README.md: {missing}"


def test_readme_test_command_is_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in README
    assert "bash scripts/test.sh" in ci
