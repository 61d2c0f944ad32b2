"""The plain document model every pipeline step reads and writes.

All offsets are character offsets into ``Document.text``: the article's original
input text as read (after decoding; for HTML, the text trafilatura extracted).
A :class:`Span` always carries the slice itself, so ``doc.text[s.start:s.end] == s.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Span:
    """A stretch of one article's original text."""

    article: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Block:
    """A region of the raw text that the clean step labelled (``body``, ``title``, ``boilerplate``)."""

    start: int
    end: int
    kind: str
    reason: str = ""


@dataclass(slots=True)
class Sentence:
    """A sentence of the body, by offsets into the raw text."""

    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(slots=True)
class Mention:
    """A named-entity mention found in one article."""

    start: int
    end: int
    text: str
    type: str
    entity: str | None = None  # canonical name within the article (or story, after merging)
    role: str | None = None


@dataclass
class Entity:
    """One real-world actor: every name for it, its roles and every mention."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Quote:
    """A statement in one article with its speaker."""

    span: Span
    speaker: str | None
    direct: bool = True
    speaker_span: Span | None = None
    kind: str = "statement"  # statement | partial | scare


@dataclass
class Quantity:
    """A number mention, normalised: ``value`` or a ``low``..``high`` range, and what is counted."""

    value: float | None
    low: float | None
    high: float | None
    approximate: bool
    unit: str | None
    what: str | None
    span: Span


@dataclass
class Timex:
    """A temporal expression normalised to (partial) ISO 8601."""

    kind: str  # date | range | time | duration | set
    value: str | None
    span: Span
    weekday_stated: str | None = None
    anchor: str | None = None
    confidence: float = 1.0


@dataclass
class Identifier:
    """An identifier compared across sources (a flight number, a case number)."""

    value: str
    kind: str
    span: Span


@dataclass
class Check:
    """A problem found inside one article (weekday mismatch, impossible date...)."""

    article: str
    kind: str
    text: str
    message: str
    start: int
    end: int


@dataclass
class Document:
    """One article and everything the pipeline has found in it."""

    id: str
    source: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_raw: str | None = None
    published_inferred: bool = False
    language: str | None = None
    dateline: str | None = None
    wires: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[Timex] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def span(self, start: int, end: int) -> Span:
        """The span of ``text[start:end]`` in this article."""
        return Span(self.id, start, end, self.text[start:end])

    def body_blocks(self) -> list[Block]:
        """Blocks kept as article body (the whole text until the clean step has run)."""
        if not self.blocks:
            return [Block(0, len(self.text), "body")]
        return [b for b in self.blocks if b.kind == "body"]

    @property
    def body(self) -> str:
        """The cleaned text: body blocks, one paragraph per line."""
        return "\n".join(self.text[b.start : b.end] for b in self.body_blocks())

    @property
    def boilerplate(self) -> list[str]:
        """The removed chrome, as text."""
        return [self.text[b.start : b.end] for b in self.blocks if b.kind == "boilerplate"]


@dataclass
class Derivation:
    """Two articles that are not independent: one copies, rewrites or shares a source with the other."""

    articles: list[str]
    kind: str  # copy | rewrite | shared-source | update
    score: float
    evidence: list[Span] = field(default_factory=list)
    direction: str | None = None  # "a->b" when publication times tell who came first


@dataclass
class QuoteGroup:
    """One statement by one speaker, with every wording of it across the story."""

    speaker: str | None
    direct: bool
    variants: list[Span] = field(default_factory=list)


@dataclass
class Fact:
    """A statement reported in the story, with how well independent sources back it."""

    statement: str
    status: str  # corroborated | single-source | contradicted
    independent_sources: int
    evidence: list[Span] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    centrality: float = 0.0


@dataclass
class ConflictSide:
    """One side of a contradiction: its value and the text that says it."""

    value: str
    normalized: str
    articles: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Conflict:
    """Values that claim the same thing and disagree."""

    about: str
    sides: list[ConflictSide] = field(default_factory=list)
    confidence: float = 0.0
    kind: str = "value"  # quantity | date | identifier | name | place | status


@dataclass
class TimelineEntry:
    """A dated event of the story, merged across sources."""

    date: str
    text: str
    articles: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Story:
    """Articles about one real occurrence, and the cross-checked reading of them."""

    id: str
    title: str
    articles: list[str] = field(default_factory=list)
    independent_groups: list[list[str]] = field(default_factory=list)
    derivations: list[Derivation] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[QuoteGroup] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    summary: str = ""
    summary_evidence: list[Span] = field(default_factory=list)


@dataclass
class ReadError:
    """An input that could not be read, and why."""

    source: str
    message: str


@dataclass
class Briefing:
    """The whole result: every article read, the stories, and what could not be read."""

    articles: list[Document] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    stats: list[dict[str, Any]] = field(default_factory=list)
    version: int = 1
