"""``silang ingest``, ``stories``, ``search`` and ``serve``: the store and the web app."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from silang.cli import app

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Store URL or SQLite file (default: $SILANG_DB or ./silang.db)"),
]


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or folders of articles to add")],
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No per-article output")] = False,
) -> None:
    """Add articles to the store and update the stories they touch; stored articles are skipped.

    Example: silang ingest ../shared/corpora/dev-id/articles.jsonl --db silang.db
    """
    from silang.store import ingest as run_ingest

    done = 0

    def progress(_doc_id: str, status: str) -> None:
        nonlocal done
        if status == "stories":
            if not quiet:
                typer.echo(f"silang: {done} articles read; updating the stories they touch…", err=True)
            return
        done += 1
        if not quiet and done % 100 == 0:
            typer.echo(f"silang: {done} articles read", err=True)

    report = run_ingest(paths, db, progress=progress)
    for err in report.errors:
        typer.echo(f"silang: cannot read {err.source}: {err.message}", err=True)
    typer.echo(
        f"added {len(report.added)} articles, skipped {report.duplicates} already stored, "
        f"{len(report.errors)} unreadable; {len(report.stories_updated)} stories updated"
    )
    if not report.added and not report.duplicates:
        raise typer.Exit(1)


@app.command()
def stories(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="How many stories")] = 20,
    min_size: Annotated[int, typer.Option(help="Only stories with at least this many articles")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table")] = False,
) -> None:
    """List stored stories, newest first and largest first within a day.

    Example: silang stories --min-size 3
    """
    from silang.store import session_factory
    from silang.store.queries import list_stories

    with session_factory(db)() as session:
        total, items = list_stories(session, 0, limit, min_size)
    if as_json:
        typer.echo(json.dumps({"total": total, "items": items}, ensure_ascii=False, indent=1))
        return
    for s in items:
        typer.echo(f"{s['id']}\t{s['newest'] or 'undated'}\t{s['size']:>3} articles\t{s['title']}")
    typer.echo(f"({len(items)} of {total} stories)", err=True)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (all of them)")],
    db: DbOption = None,
    kind: Annotated[str, typer.Option(help="articles or quotes")] = "articles",
    limit: Annotated[int, typer.Option(help="How many hits")] = 20,
) -> None:
    """Full-text search over stored articles or quotes.

    Example: silang search "Rutte pasukan" --kind quotes
    """
    from silang.store import session_factory
    from silang.store.fts import KINDS
    from silang.store.fts import search as run_search

    if kind not in KINDS:
        raise typer.BadParameter(f"use one of {', '.join(KINDS)}", param_hint="--kind")
    with session_factory(db)() as session:
        hits = run_search(session, query, kind, limit)
    for h in hits:
        head = h["id"] if kind == "articles" else f"{h['story_id']} {h['speaker'] or '(unattributed)'}"
        typer.echo(f"{head}\t{h.get('title') or ''}\n    {h['snippet']}")
    if not hits:
        typer.echo("no match", err=True)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
) -> None:
    """Serve the REST API (/api, OpenAPI schema at /openapi.json) and the web page (/).

    Example: silang serve --db silang.db --port 8000
    """
    import uvicorn

    from silang.server import create_app

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")
