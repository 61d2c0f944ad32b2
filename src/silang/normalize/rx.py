"""Regex building blocks for the normalisers: word alternations compiled as a prefix trie.

A plain ``a|b|c`` alternation of hundreds of words makes the regex engine try every word at every
position; a trie (``j(?:an(?:uari)?|u(?:ni?|li?))``) fails after a character or two, which is what
makes scanning whole articles fast. Longer words are preferred, as in a longest-first alternation.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _parser
from collections.abc import Iterable, Iterator
from typing import Any

try:  # google-re2: optional, makes the trigger scans faster (Scanner)
    import re2 as _re2
except ImportError:  # pragma: no cover - the plain ``re`` path is the same, slower
    _re2 = None

Trie = dict[str, "Trie"]
SHORT = 100  # below this many characters, ``re`` alone is faster than the RE2 round trip (quantities of body blocks)
END = ""  # the key marking that a word ends at a node


def _piece(ch: str, quotes: bool) -> str:
    """The regex for one character of a word: spaces match any run of spaces."""
    if ch == " ":
        return r"\s+"
    if quotes and ch in "'’":
        return "['’]?"
    return re.escape(ch)


def _emit(node: Trie, quotes: bool) -> str:
    branches = [_piece(ch, quotes) + _emit(sub, quotes) for ch, sub in sorted(node.items()) if ch != END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if END in node:  # a word ends here, but a longer one is tried first
        return "(?:" + body + ")?"
    return body


def alt(words: Iterable[str], quotes: bool = False, lower: bool = False) -> str:
    """A regex alternation of ``words`` as a trie, longest match first; never matches when empty.

    ``quotes``: an apostrophe in a word matches either quote mark or none ("Jum'at", "Jumat").
    ``lower``: the words are lower-cased first (for patterns run on lower-cased text).
    """
    trie: Trie = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w.lower() if lower else w:
            node = node.setdefault(ch, {})
        node[END] = {}
    body = _emit(trie, quotes)
    return "(?:" + body + ")" if body else "(?!)"


def _class_end(pattern: str, i: int) -> int:
    """The index just after the character class opening at ``pattern[i] == "["``."""
    j = i + 1 + (pattern[i + 1 : i + 2] == "^")
    j += pattern[j : j + 1] == "]"
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _negated_ascii(body: str) -> str | None:
    """The RE2 class of ASCII characters outside the class ``body`` (``\\w`` or ``[...]``), or None.

    A ``?`` (any non-ASCII character of the original) stays outside the result's exclusions, so the
    class accepts whatever the original negative look-ahead accepted.
    """
    if body == r"\w":
        inner = r"\w"
    elif body.startswith("[^") or "?" in body:
        return None
    elif body.startswith("[") and _class_end(body, 0) == len(body):
        inner = body[1:-1]
    else:
        return None
    if re.search(r"\\[^wds\-./:,]", inner):  # \W, \S, \D and the like: no simple complement
        return None
    inner = inner.replace(r"\w", "0-9A-Za-z_").replace(r"\d", "0-9")
    inner = "".join(ch for ch in inner if ch.isascii())
    return f"(?:[^{inner}]|$)" if inner else None


def _tail(pattern: str, j: int, depth: int) -> bool:
    """True when nothing but closing groups stands between ``pattern[j:]`` and the end of a top-level branch."""
    n = len(pattern)
    while j < n and pattern[j] == ")" and depth > 0:
        if pattern[j + 1 : j + 2] in ("?", "*", "+", "{"):
            return False
        j, depth = j + 1, depth - 1
    return depth == 0 and (j == n or pattern[j] == "|")


def ascii_superset(pattern: str) -> str:
    """``pattern`` widened for text where every non-ASCII character is a ``?``: it matches wherever
    ``pattern`` matches the original text (and more). Look-arounds are dropped, except a negative
    look-ahead of one character class at the end of a top-level branch ("word(?!\\w)|..."), which
    becomes the class it excludes, consumed ("word(?:[^0-9A-Za-z_]|$)"): the match start, all a
    :class:`Scanner` uses, stays the same. ``\\s``, ``\\w`` and ``\\d`` also accept ``?``, and so does a
    non-ASCII character ("’"). Negated classes are kept as they are (one naming ``?`` itself would
    break the rule; the trigger patterns have none)."""
    out: list[str] = []
    i, n, depth = 0, len(pattern), 0
    while i < n:
        c = pattern[i]
        if c == "\\":
            esc = pattern[i : i + 2]
            out.append(f"[{esc}?]" if esc in (r"\s", r"\w", r"\d") else esc)
            i += 2
        elif c == "[":
            j = _class_end(pattern, i)
            body = pattern[i:j]
            if not body.startswith("[^"):
                for esc in (r"\s", r"\w", r"\d"):
                    body = body.replace(esc, esc + "?")
                body = "".join(ch if ch.isascii() else "?" for ch in body)
            out.append(body)
            i = j
        elif pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            level, j = 0, i
            while j < n:
                if pattern[j] == "\\":
                    j += 2
                    continue
                if pattern[j] == "[":
                    j = _class_end(pattern, j)
                    continue
                level += {"(": 1, ")": -1}.get(pattern[j], 0)
                j += 1
                if level == 0:
                    break
            if pattern.startswith("(?!", i) and _tail(pattern, j, depth):
                out.append(_negated_ascii(pattern[i + 3 : j - 1]) or "")
            i = j
        else:
            depth += {"(": 1, ")": -1}.get(c, 0)
            out.append(c if c.isascii() else r"\?")
            i += 1
    return "".join(out)


def ascii_data(text: str, endpos: int) -> bytes:
    """``text[:endpos]`` for RE2: one ``?`` per non-ASCII character, so offsets stay the same.

    The text ends at ``endpos`` because RE2 reads "$" at the end of its data only.
    """
    return text[:endpos].encode("ascii", "replace")


class Scanner:
    """``pattern.finditer`` with the same matches, faster on long texts when ``google-re2`` is installed.

    RE2 (linear time, no look-arounds) is given the text as ASCII, one ``?`` per other character
    (offsets kept), and finds the next place where :func:`ascii_superset` of ``pattern`` matches;
    ``pattern`` itself is then tried there on the real text, so the matches are exactly
    ``pattern``'s (for a pattern that never matches empty). Without ``re2``, or for a pattern
    RE2 cannot compile, it is ``pattern.finditer``.
    """

    def __init__(self, pattern: re.Pattern[str], skip_run: str = "") -> None:
        """``skip_run``: characters no match can start among when one of them starts no match (digits,
        for a pattern whose numbers must not follow a digit): after a miss there, RE2 looks on after the run."""
        self.pattern = pattern
        self.skip_run = frozenset(skip_run)
        self.fast: Any = None
        self.raw: Any = None
        self.unanchored: Any = None
        source = ascii_superset(pattern.pattern)
        if _re2 is None or not source.isascii() or pattern.flags & re.IGNORECASE:
            return
        try:
            self.fast = _re2.compile(source.encode("ascii"))
        except Exception:  # any pattern RE2 cannot read falls back to ``re``
            self.fast = None
        # the compiled RE2 object under the wrapper: its ``Match`` returns spans without building match
        # objects (the wrapper's ``search`` costs three times as much per hit)
        self.raw = getattr(self.fast, "_regexp", None)
        self.unanchored = getattr(getattr(_re2, "_Anchor", None), "UNANCHORED", None)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None, data: bytes | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in ``text[pos:endpos]``, as ``pattern.finditer`` gives them.

        ``data``: ``text[:endpos]`` as :func:`ascii_data` gives it, when the caller has it already.
        """
        endpos = len(text) if endpos is None else endpos
        if self.fast is None or (endpos - pos < SHORT and data is None):
            yield from self.pattern.finditer(text, pos, endpos)
            return
        if data is None:
            data = ascii_data(text, endpos)
        match = self.pattern.match
        if self.raw is not None and self.unanchored is not None:
            raw, anchor, skip = self.raw.Match, self.unanchored, self.skip_run
            while pos <= endpos:
                q = raw(anchor, data, pos, endpos)[0][0]
                if q < 0:
                    return
                m = match(text, q, endpos)
                if m is None:
                    pos = q + 1
                    while pos < endpos and text[pos] in skip:
                        pos += 1
                    continue
                yield m
                pos = m.end() if m.end() > q else q + 1
            return
        search = self.fast.search
        while pos <= endpos:
            hit = search(data, pos, endpos)
            if hit is None:
                return
            q = hit.start()
            m = match(text, q, endpos)
            if m is None:
                pos = q + 1
                continue
            yield m
            pos = m.end() if m.end() > q else q + 1


def lower_keep(text: str) -> str:
    """``text`` lower-cased with its length kept (a character whose lower case is longer stays as is)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


ASCII = frozenset(chr(i) for i in range(128))
_CATEGORIES = {
    _sre.CATEGORY_DIGIT: frozenset("0123456789"),
    _sre.CATEGORY_SPACE: frozenset(" \t\n\r\f\v"),
    _sre.CATEGORY_WORD: frozenset("0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
}


def _class_first(items: list[tuple[Any, Any]]) -> frozenset[str]:
    """The ASCII characters a parsed character class accepts (all of them when unsure)."""
    out: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            out.add(chr(av))
        elif op is _sre.RANGE:
            out.update(chr(i) for i in range(av[0], min(av[1], 127) + 1))
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            out |= _CATEGORIES[av]
        else:  # a negation, another category: anything
            return ASCII
    return frozenset(c for c in out if c.isascii())


def _first(seq: Any) -> tuple[frozenset[str], bool]:
    """The ASCII characters a parsed sequence can start with, and whether it can match empty."""
    out: set[str] = set()
    for op, av in seq:
        if op is _sre.LITERAL:
            f, empty = frozenset(chr(av)), False
        elif op is _sre.IN:
            f, empty = _class_first(av), False
        elif op is _sre.BRANCH:
            parts = [_first(sub) for sub in av[1]]
            f, empty = frozenset().union(*(p[0] for p in parts)), any(p[1] for p in parts)
        elif op is _sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            f, empty = _first(av[3])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            f, empty = _first(av[2])
            empty = empty or av[0] == 0
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):  # zero width; a look-ahead only narrows
            f, empty = frozenset(), True
        else:  # back-references, case-insensitive groups, anything unusual: any character
            return ASCII, True
        out |= f
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


def first_chars(pattern: re.Pattern[str]) -> frozenset[str]:
    """The ASCII characters a match of ``pattern`` can start with (a superset; all when it may match empty).

    A match starting with a non-ASCII character is not described: callers treat those as unknown.
    """
    if pattern.flags & re.IGNORECASE:
        return ASCII
    chars, empty = _first(_parser.parse(pattern.pattern, pattern.flags))
    return ASCII if empty else chars
