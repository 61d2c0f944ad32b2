"""``silang eval NAME`` and ``silang train ner``: quality gates and model training."""

from __future__ import annotations

import importlib
from typing import Annotated

import typer

from silang.cli import app

EVALS = ("ner", "timex", "quotes", "stories", "crosscheck")


@app.command(
    "eval",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
)
def evaluate(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help=f"One of: {', '.join(EVALS)}")],
) -> None:
    """Score one extractor on its gold data; the last line is the summary.

    Example: silang eval timex
    """
    if name not in EVALS:
        raise typer.BadParameter(f"unknown evaluation {name!r}; choose from {', '.join(EVALS)}")
    module = importlib.import_module(f"silang.evaluate.{name}")
    raise typer.Exit(module.main(list(ctx.args)))


@app.command(
    "train",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
)
def train(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Model to train: ner")],
) -> None:
    """Rebuild a shipped model from the public gold data.

    Example: silang train ner
    """
    if name != "ner":
        raise typer.BadParameter(f"unknown model {name!r}; only 'ner' is trained by silang")
    from silang.ner import train as ner_train

    raise typer.Exit(ner_train.main(list(ctx.args)))
