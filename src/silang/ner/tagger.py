"""Load the shipped CRF model and tag tokens or raw text with PER / ORG / LOC spans."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pycrfsuite

from silang.ner.features import sentence_features
from silang.ner.tokens import Token, tokenize

if TYPE_CHECKING:
    from silang.model import Document

__all__ = ["EntitySpan", "Tagger", "Token", "bio_spans", "default_tagger", "model_path", "tokenize"]

MODEL_NAME = "ner-id.crfsuite"


@dataclass(slots=True)
class EntitySpan:
    """A tagged entity: token range, character range and type."""

    type: str
    first: int
    last: int  # exclusive token index
    start: int
    end: int


def model_path() -> Path:
    """Where the shipped model lives inside the package."""
    return Path(str(resources.files("silang.ner") / "models" / MODEL_NAME))


def bio_spans(labels: list[str]) -> list[tuple[str, int, int]]:
    """Entity (type, first, last-exclusive) token ranges from BIO labels, conlleval-style."""
    spans: list[tuple[str, int, int]] = []
    kind: str | None = None
    begin = 0
    for i, lab in enumerate([*labels, "O"]):
        starts = lab.startswith("B-") or lab == "O" or (lab.startswith("I-") and lab[2:] != kind)
        if kind is not None and starts:
            spans.append((kind, begin, i))
            kind = None
        if lab != "O" and (lab.startswith("B-") or kind is None):
            kind, begin = lab[2:], i
    return spans


class Tagger:
    """The CRF tagger; ``Tagger()`` opens the shipped model."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path else model_path()
        if not self.path.is_file():
            raise FileNotFoundError(f"NER model {self.path} is missing: rebuild it with `silang train ner`")
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(self.path))

    def for_document(self, doc: Document) -> Tagger:
        """The tagger for ``doc``'s language: this one, or the rule tagger for English articles."""
        if doc.language == "en":
            from silang.ner.english import english_tagger

            return english_tagger().for_document(doc)
        return self

    def tokenize(self, text: str, offset: int = 0) -> list[Token]:
        """Tokens of ``text`` as this tagger splits them (offsets shifted by ``offset``)."""
        return tokenize(text, offset)

    def tag_tokens(self, tokens: list[str]) -> list[str]:
        """BIO labels for one tokenised sentence."""
        if not tokens:
            return []
        return list(self._crf.tag(sentence_features(tokens)))

    def tag_text(self, text: str, offset: int = 0) -> list[EntitySpan]:
        """Entities in one sentence of raw text, with character offsets (shifted by ``offset``)."""
        toks = self.tokenize(text, offset)
        labels = self.tag_tokens([t.text for t in toks])
        return [EntitySpan(k, a, b, toks[a].start, toks[b - 1].end) for k, a, b in bio_spans(labels)]


@cache
def default_tagger() -> Tagger:
    """The shipped tagger, opened once per process."""
    return Tagger()
