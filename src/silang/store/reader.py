"""Reading inputs for the store: the library's reader, or a minimal one while it is absent."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from silang.model import Document, ReadError

TEXT_FIELDS = ("text", "body", "content")


def record_to_document(rec: dict[str, Any], source: str, index: int) -> Document | ReadError:
    """One JSON record (fields id, title, text|body|content, outlet|source, url, published) as a Document."""
    text = next((rec[f] for f in TEXT_FIELDS if isinstance(rec.get(f), str) and rec[f].strip()), None)
    if text is None:
        return ReadError(f"{source}#{index}", "record has no non-empty 'text', 'body' or 'content' field")
    return Document(
        id=str(rec.get("id") or f"{Path(source).stem}-{index}"),
        source=str(rec.get("url") or source),
        text=text,
        title=rec.get("title") or None,
        outlet=rec.get("outlet") or rec.get("source") or None,
        url=rec.get("url") or None,
        published_raw=rec.get("published") or None,
    )


def _read_path(path: Path) -> Iterator[Document | ReadError]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield ReadError(str(path), f"cannot read: {exc}")
        return
    if path.suffix == ".txt":
        yield Document(id=path.stem, source=str(path), text=raw)
        return
    try:
        if path.suffix == ".jsonl":
            records = [json.loads(line) for line in raw.splitlines() if line.strip()]
        else:
            data = json.loads(raw)
            records = data if isinstance(data, list) else [data]
    except json.JSONDecodeError as exc:
        yield ReadError(str(path), f"invalid JSON: {exc}")
        return
    for i, rec in enumerate(records):
        yield (
            record_to_document(rec, str(path), i)
            if isinstance(rec, dict)
            else ReadError(f"{path}#{i}", "record is not a JSON object")
        )


def _fallback(inputs: Iterable[Any]) -> Iterator[Document | ReadError]:
    for item in inputs:
        if isinstance(item, Document):
            yield item
        elif isinstance(item, dict):
            yield record_to_document(item, "record", 0)
        else:
            path = Path(item)
            files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
            for f in files:
                if f.suffix in (".txt", ".json", ".jsonl"):
                    yield from _read_path(f)


def iter_inputs(inputs: Iterable[Any]) -> Iterator[Document | ReadError]:
    """Documents (or read errors) from paths, folders, dict records or Documents."""
    if importlib.util.find_spec("silang.pipeline.ingest") is not None:
        from silang.pipeline.ingest import iter_documents

        yield from iter_documents(inputs)
    else:
        yield from _fallback(inputs)
