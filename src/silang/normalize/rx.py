"""Regex building blocks for the normalisers: word alternations compiled as a prefix trie.

A plain ``a|b|c`` alternation of hundreds of words makes the regex engine try every word at every
position; a trie (``j(?:an(?:uari)?|u(?:ni?|li?))``) fails after a character or two, which is what
makes scanning whole articles fast. Longer words are preferred, as in a longest-first alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

try:  # google-re2: optional, makes the trigger scans faster (Scanner)
    import re2 as _re2
except ImportError:  # pragma: no cover - the plain ``re`` path is the same, slower
    _re2 = None

Trie = dict[str, "Trie"]
SHORT = 1000  # below this many characters, ``re`` alone is faster than the RE2 round trip (bench_normalize)
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


def ascii_superset(pattern: str) -> str:
    """``pattern`` widened for text where every non-ASCII character is a ``?``: it matches wherever
    ``pattern`` matches the original text (and more). Look-arounds are dropped; ``\\s``, ``\\w``
    and ``\\d`` also accept ``?``, and so does a non-ASCII character ("’"). Negated classes are kept
    as they are (one naming ``?`` itself would break the rule; the trigger patterns have none)."""
    out: list[str] = []
    i, n = 0, len(pattern)
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
            depth, j = 0, i
            while j < n:
                if pattern[j] == "\\":
                    j += 2
                    continue
                if pattern[j] == "[":
                    j = _class_end(pattern, j)
                    continue
                depth += {"(": 1, ")": -1}.get(pattern[j], 0)
                j += 1
                if depth == 0:
                    break
            i = j
        else:
            out.append(c if c.isascii() else r"\?")
            i += 1
    return "".join(out)


class Scanner:
    """``pattern.finditer`` with the same matches, faster on long texts when ``google-re2`` is installed.

    RE2 (linear time, no look-arounds) is given the text as ASCII, one ``?`` per other character
    (offsets kept), and finds the next place where :func:`ascii_superset` of ``pattern`` matches;
    ``pattern`` itself is then tried there on the real text, so the matches are exactly
    ``pattern``'s (for a pattern that never matches empty). Without ``re2``, or for a pattern
    RE2 cannot compile, it is ``pattern.finditer``.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.fast = None
        source = ascii_superset(pattern.pattern)
        if _re2 is None or not source.isascii() or pattern.flags & re.IGNORECASE:
            return
        try:
            self.fast = _re2.compile(source.encode("ascii"))
        except Exception:  # any pattern RE2 cannot read falls back to ``re``
            self.fast = None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in ``text[pos:endpos]``, as ``pattern.finditer`` gives them."""
        endpos = len(text) if endpos is None else endpos
        if self.fast is None or endpos - pos < SHORT:
            yield from self.pattern.finditer(text, pos, endpos)
            return
        data = text.encode("ascii", "replace")
        search, match = self.fast.search, self.pattern.match
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
