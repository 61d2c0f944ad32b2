"""Article records (dicts from JSON, JSON Lines or CSV rows) to :class:`Document`s."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from silang.model import Document
from silang.normalize.published import published_iso
from silang.pipeline.readers.decode import InputError

TEXT_FIELDS = ("text", "body", "content")
OUTLET_FIELDS = ("outlet", "source")


def stable_id(text: str) -> str:
    """A content hash for records without an id (same text, same id, across runs)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _field(record: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return None


def domain(url: str | None) -> str | None:
    """The host of ``url`` without ``www.`` (None when there is none)."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    return host.removeprefix("www.") if host else None


def from_record(record: Mapping[str, Any], source: str) -> Document:
    """One article record to a Document; raise :class:`InputError` when it has no usable text."""
    if not isinstance(record, Mapping):
        raise InputError(f"expected an article object, got {type(record).__name__}")
    text = _field(record, TEXT_FIELDS)
    if text is None:
        present = ", ".join(sorted(str(k) for k in record)) or "none"
        wanted = "/".join(TEXT_FIELDS)
        raise InputError(f"no article text: expected a non-empty {wanted} field (fields: {present})")
    raw_id = record.get("id")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    published_raw = record.get("published")
    published_raw = str(published_raw) if published_raw not in (None, "") else None
    doc = Document(
        id=str(raw_id) if raw_id not in (None, "") else stable_id(text),
        source=url or source,
        text=text,
        title=_field(record, ("title",)),
        outlet=_field(record, OUTLET_FIELDS),
        url=url,
        published=published_iso(published_raw),
        published_raw=published_raw,
    )
    if isinstance(record.get("author"), str) and record["author"]:
        doc.meta["author"] = record["author"]
    doc.meta["input"] = source
    return doc


def iter_jsonl(lines: Iterable[str], source: str) -> Iterator[Document | InputError]:
    """Stream a JSON Lines file: one Document (or a located InputError) per non-blank line."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}: line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: invalid or truncated JSON ({exc.msg}; column {exc.colno})")
            continue
        try:
            yield from_record(record, where)
        except InputError as exc:
            yield InputError(f"{where}: {exc}")


def json_records(text: str, source: str) -> list[Any]:
    """The article records of a JSON document: a list, one object, or ``{"articles": [...]}``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise InputError(f"{source}: invalid or truncated JSON ({exc.msg}; {where})") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        return list(data["articles"])
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return data
    raise InputError(f"{source}: expected a list of articles or an object, got {type(data).__name__}")


def iter_json(text: str, source: str) -> Iterator[Document | InputError]:
    """The Documents of a JSON file, one InputError per bad record."""
    try:
        records = json_records(text, source)
    except InputError as exc:
        yield exc
        return
    for number, record in enumerate(records, 1):
        where = f"{source}: article {number}"
        try:
            yield from_record(record, where)
        except InputError as exc:
            yield InputError(f"{where}: {exc}")


def iter_csv(text: str, source: str) -> Iterator[Document | InputError]:
    """The Documents of a CSV file with a header row, one InputError per bad row."""
    csv.field_size_limit(2**31 - 1)
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if not any(name in header for name in TEXT_FIELDS):
        wanted = ", ".join(TEXT_FIELDS)
        yield InputError(f"{source}: no text column (expected one of {wanted}; header: {header})")
        return
    reader.fieldnames = header
    truncated = _cut_short(text)  # the last row's rest would be read as a field: it is reported instead
    pending: tuple[int, dict[str, str]] | None = None
    try:
        for row in reader:
            if pending is not None:
                yield _csv_row(*pending, source)
            pending = (reader.line_num, row)
    except csv.Error as exc:
        if pending is not None:
            yield _csv_row(*pending, source)
        yield InputError(f"{source}: line {reader.line_num}: malformed CSV ({exc})")
        return
    if pending is not None:
        line = pending[0]
        if truncated:
            yield InputError(f"{source}: line {line}: a quoted field is never closed (truncated file?)")
        else:
            yield _csv_row(*pending, source)


def _cut_short(text: str) -> bool:
    """Whether the CSV text ends inside a quoted field that never closes (a file cut short)."""
    try:
        for _ in csv.reader(io.StringIO(text), strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _csv_row(line: int, row: dict[str, str], source: str) -> Document | InputError:
    where = f"{source}: line {line}"
    try:
        return from_record(row, where)
    except InputError as exc:
        return InputError(f"{where}: {exc}")
