"""Regex building blocks for the normalisers: word alternations compiled as a prefix trie.

A plain ``a|b|c`` alternation of hundreds of words makes the regex engine try every word at every
position; a trie (``j(?:an(?:uari)?|u(?:ni?|li?))``) fails after a character or two, which is what
makes scanning whole articles fast. Longer words are preferred, as in a longest-first alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Trie = dict[str, "Trie"]
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
