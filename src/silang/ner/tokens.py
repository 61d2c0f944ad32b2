"""Tokens with character offsets, as the tagger and the cluster builder split text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words with inner hyphens, apostrophes or dots stay whole ("Yong-hyun", "Bangsa-Bangsa", "D.C.").
TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)


@dataclass(slots=True)
class Token:
    """One token with its character offsets in the text it came from."""

    text: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into word and punctuation tokens with offsets (shifted by ``offset``)."""
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN_RE.finditer(text)]
