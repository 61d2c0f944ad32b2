"""``silang brief``: articles in, briefing out (Markdown, JSON or HTML)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from silang.cli import app
from silang.cli.progress import print_stats, progress_bar

FORMATS = ("md", "json", "html")


@app.command()
def brief(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files or folders (.txt .html .jsonl .json .csv .xml/.rss)")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, json or html")] = "md",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
    stats: Annotated[bool, typer.Option("--stats", help="Print what each step did and how long it took")] = False,
    db: Annotated[str | None, typer.Option("--db", help="Read the briefing from this store instead")] = None,
    story: Annotated[str | None, typer.Option("--story", help="With --db: only this story")] = None,
    dask: Annotated[
        str | None,
        typer.Option("--dask", help="Run on Dask: 'local' or a scheduler address; writes JSON parts into -o DIR"),
    ] = None,
) -> None:
    """Read articles and print a cross-checked briefing.

    Example: silang brief ../shared/corpora/seeds --format json -o brief.json
    """
    if fmt not in FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}", param_hint="--format")
    from silang import api
    from silang.render import html, json, markdown

    if not paths and db is None:
        raise typer.BadParameter("give files or folders to read, or --db URL to read a store", param_hint="PATHS")
    paths = paths or []

    if dask is not None:
        _brief_on_dask(paths, dask, output)
        return
    if db is not None:
        from silang.store import load_briefing

        try:
            result = load_briefing(db, story)
        except KeyError as exc:
            typer.echo(f"silang: {exc.args[0]}", err=True)
            raise typer.Exit(1) from None
    else:
        docs, errors = api.read(paths)
        for err in errors:
            typer.echo(f"silang: {err.message}", err=True)
        if not docs:
            typer.echo("silang: no article could be read", err=True)
            raise typer.Exit(1)
        with progress_bar(len(docs), "analysing", quiet=quiet) as advance:
            result = api.analyse(docs, progress=lambda _doc: advance())
        result.errors = errors
    renderer = {"md": markdown.render, "json": json.render, "html": html.render}[fmt]
    text = renderer(result)
    if output:
        output.write_text(text, encoding="utf-8")
        if not quiet:
            typer.echo(f"wrote {output} ({len(result.articles)} articles, {len(result.stories)} stories)", err=True)
    else:
        sys.stdout.write(text + "\n")
    if stats:
        print_stats(result.stats)


def _brief_on_dask(paths: list[str], scheduler: str, output: Path | None) -> None:
    """Brief JSON Lines archives on Dask; one briefing part per publication window in ``output``."""
    from silang.scale.dask import brief_dask

    if output is None:
        raise typer.BadParameter("--dask writes a folder of briefing parts: give it with -o DIR", param_hint="-o")
    summary = brief_dask(paths, output, scheduler=scheduler)
    for err in summary["errors"]:
        typer.echo(f"silang: cannot read {err['source']}: {err['message']}", err=True)
    typer.echo(
        f"wrote {len(summary['windows'])} parts to {output}: {summary['articles']} articles, "
        f"{summary['stories']} stories",
        err=True,
    )
