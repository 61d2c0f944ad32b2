"""The ``silang`` command: thin typer layer over :mod:`silang.api`."""

from __future__ import annotations

import importlib
import importlib.util

import typer

app = typer.Typer(
    help="silang (cek silang): turn a pile of news articles into a cross-checked briefing.",
    no_args_is_help=True,
    add_completion=False,
)

# Command modules register themselves on ``app``; optional ones are skipped when absent.
COMMAND_MODULES = ("silang.cli.brief", "silang.cli.tools", "silang.cli.store")


def _load_commands() -> None:
    for name in COMMAND_MODULES:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)


def main() -> None:
    """Entry point of the ``silang`` console script."""
    _load_commands()
    app()
