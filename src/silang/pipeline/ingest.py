"""Read articles from files, folders, records and Documents: ``iter_documents`` is the entry point.

Formats by extension: ``.txt`` (the whole file is the article text), ``.html``/``.htm``,
``.jsonl``, ``.json``, ``.csv`` and feeds (``.xml``/``.rss``/``.atom``). Anything unreadable
becomes a :class:`ReadError` with a one-line reason naming the file, and reading goes on.
Mojibake (UTF-8 decoded twice) is repaired in every Document's text, with a warning in
``meta["warnings"]``: offsets of later steps are into the repaired text.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from silang.model import Document, ReadError
from silang.pipeline.readers.decode import InputError, decode, looks_binary, repair_mojibake
from silang.pipeline.readers.feed import iter_feed, looks_like_feed
from silang.pipeline.readers.html import from_html
from silang.pipeline.readers.records import from_record, iter_csv, iter_json, iter_jsonl

MAX_ARTICLE_BYTES = 20_000_000  # one article file (.txt, .html) or one JSON Lines record
MAX_COLLECTION_BYTES = 1_000_000_000  # a .json/.csv/feed file, which is parsed whole
SUFFIXES = {".txt", ".html", ".htm", ".jsonl", ".json", ".csv", ".xml", ".rss", ".atom"}

Input = str | os.PathLike[str] | Mapping[str, Any] | Document
Item = Document | ReadError


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _files(path: Path) -> Iterator[Path]:
    """The readable files under a folder, recursively, in a stable order (hidden files skipped)."""
    for root, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(root) / name


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    source = str(path)
    with path.open("rb") as fh:
        if looks_binary(fh.read(8192)):
            yield ReadError(source, f"{source}: binary data, not JSON Lines text")
            return
        fh.seek(0)
        empty = True
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            empty = False
            where = f"{source}: line {number}"
            if len(raw) > max_bytes:
                too_big = f"record is {_mb(len(raw))}, over the {_mb(max_bytes)} limit"
                yield ReadError(source, f"{where}: {too_big}")
                continue
            try:
                decoded = decode(raw)
            except InputError as exc:
                yield ReadError(source, f"{where}: {exc}")
                continue
            for item in iter_jsonl([decoded.text], where):
                if isinstance(item, InputError):
                    yield ReadError(source, str(item).replace(f"{where}: line 1", where))
                else:
                    if decoded.warning:
                        item.meta.setdefault("warnings", []).append(decoded.warning)
                    yield item
        if empty:
            yield ReadError(source, f"{source}: empty file")


def _read_file(path: Path, max_bytes: int) -> Iterator[Item]:
    """Every Document (or ReadError) of one file."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        known = " ".join(sorted(SUFFIXES))
        message = f"unsupported file type {suffix or '(none)'} (expected {known})"
        yield ReadError(source, f"{source}: {message}")
        return
    try:
        size = path.stat().st_size
        if suffix == ".jsonl":
            yield from _read_jsonl(path, max_bytes)
            return
        limit = max_bytes if suffix in {".txt", ".html", ".htm"} else MAX_COLLECTION_BYTES
        if size > limit:
            too_big = f"file is {_mb(size)}, over the {_mb(limit)} limit for this format"
            yield ReadError(source, f"{source}: {too_big}")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(source, f"{source}: cannot read ({exc.strerror or exc})")
        return
    if not data.strip():
        yield ReadError(source, f"{source}: empty file")
        return
    try:
        decoded = decode(data)
    except InputError as exc:
        yield ReadError(source, f"{source}: {exc}")
        return
    items: Iterable[Document | InputError]
    if suffix == ".txt":
        if not decoded.text.strip():
            yield ReadError(source, f"{source}: empty file")
            return
        items = [Document(id=path.stem, source=source, text=decoded.text)]
    elif suffix in {".html", ".htm"}:
        try:
            items = [from_html(decoded.text, source, path.stem)]
        except InputError as exc:
            items = [InputError(f"{source}: {exc}")]
    elif suffix == ".json":
        items = iter_json(decoded.text, source)
    elif suffix == ".csv":
        items = iter_csv(decoded.text, source)
    elif looks_like_feed(decoded.text):
        items = iter_feed(data, source)
    else:
        items = [InputError(f"{source}: XML file is not an RSS or Atom feed")]
    for item in items:
        if isinstance(item, InputError):
            yield ReadError(source, str(item))
            continue
        if decoded.warning:
            item.meta.setdefault("warnings", []).append(decoded.warning)
        item.meta.setdefault("input", source)
        yield item


def _read_input(item: Input, number: int, max_bytes: int) -> Iterator[Item]:
    if isinstance(item, Document):
        yield item
    elif isinstance(item, Mapping):
        source = f"record {number}"
        try:
            yield from_record(item, source)
        except InputError as exc:
            yield ReadError(source, f"{source}: {exc}")
    elif not isinstance(item, str | os.PathLike):
        source = f"input {number}"
        kind = type(item).__name__
        yield ReadError(source, f"{source}: expected a path, an article dict or a Document, got {kind}")
    else:
        path = Path(item)
        if path.is_dir():
            for file in _files(path):
                yield from _read_file(file, max_bytes)
        elif path.exists():
            yield from _read_file(path, max_bytes)
        else:
            yield ReadError(str(path), f"{path}: no such file or folder")


def _repair(doc: Document) -> None:
    """Repair mojibake in the text and title; ``doc.text`` is the repaired text from here on."""
    doc.text, warning = repair_mojibake(doc.text)
    if doc.title:
        doc.title, title_warning = repair_mojibake(doc.title)
        warning = warning or title_warning
    if warning:
        doc.meta.setdefault("warnings", []).append(warning)


def iter_documents(inputs: Iterable[Input], *, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Item]:
    """Read every input (paths, folders, article dicts, Documents) lazily; ids are unique in the run.

    A repeated id gets a ``-2``, ``-3``... suffix (the original is kept in ``meta["original_id"]``).
    """
    seen: set[str] = set()
    for number, item in enumerate(inputs, 1):
        for out in _read_input(item, number, max_bytes):
            if isinstance(out, Document):
                _repair(out)
                if out.id in seen:
                    base, n = out.id, 2
                    while f"{base}-{n}" in seen:
                        n += 1
                    out.meta["original_id"] = base
                    out.id = f"{base}-{n}"
                seen.add(out.id)
            yield out


def read_documents(inputs: Iterable[Input], **options: Any) -> tuple[list[Document], list[ReadError]]:
    """All Documents and ReadErrors of ``inputs``, as two lists."""
    docs: list[Document] = []
    errors: list[ReadError] = []
    for item in iter_documents(inputs, **options):
        (docs if isinstance(item, Document) else errors).append(item)  # type: ignore[arg-type]
    return docs, errors
