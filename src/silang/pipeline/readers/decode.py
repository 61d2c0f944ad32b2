"""Bytes to text: UTF-8 first, then the Windows/Latin fallbacks, refusing binary data."""

from __future__ import annotations

import re
from dataclasses import dataclass

import ftfy
from ftfy.badness import is_bad


class InputError(ValueError):
    """A reader's one-line complaint about an input (turned into a ``ReadError``)."""


@dataclass(slots=True)
class Decoded:
    """Decoded text and the encoding that worked (``warning`` when it was a fallback)."""

    text: str
    encoding: str
    warning: str | None = None


# Control bytes that never occur in text files (tab, LF, FF, CR and ESC excepted).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: a NUL byte, or many control bytes, in the first 8 KB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(head.count(b) for b in _CONTROL)
    return controls / len(head) > 0.05


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` to ``\\n``, as Python's text mode reads files."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def decode(data: bytes) -> Decoded:
    """Decode ``data``: UTF-8 (BOM or not), else cp1252, else latin-1 with a warning; raise on binary."""
    if looks_binary(data):
        raise InputError("binary data, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(normalize_newlines(data[3:].decode("utf-8", errors="replace")), "utf-8-sig")
    try:
        return Decoded(normalize_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as exc:
        where = f"invalid UTF-8 at byte {exc.start}"
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return Decoded(normalize_newlines(text), encoding, f"{where}; decoded as {encoding}")
    raise InputError(where)  # unreachable: latin-1 decodes any byte string


# UTF-8 read as Latin-1/cp1252 always leaves a lead byte (Â..ô) before a continuation byte or a
# cp1252 punctuation mark: a cheap test before ftfy's own.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """Undo double-encoded UTF-8 ("Ã©", "â€œ") with ftfy; the text and a warning when it changed.

    Only the encoding is fixed (no quote, width or HTML-entity normalisation), and only when ftfy
    finds the text bad, so clean text passes through untouched.
    """
    if not _MOJIBAKE_HINT.search(text) or not is_bad(text):
        return text, None
    fixed = ftfy.fix_encoding_and_explain(text)
    if fixed.text == text:
        return text, None
    steps = " -> ".join(f"{action} {codec}" for action, codec in fixed.explanation or [])
    return fixed.text, f"mojibake repaired ({steps})"
