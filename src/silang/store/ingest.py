"""Adding articles to the store and bringing the stories they touch up to date.

Two phases, each crash-safe:

1. every new article runs through the per-document steps and is committed on its own,
   marked ``placed = False``;
2. one transaction takes every unplaced article, the stored stories near it in time,
   reruns the corpus and story steps on that candidate set, replaces those stories and
   marks the articles placed.

A kill at any point leaves committed articles and whole stories; the next ingest
skips what is stored (same URL or same text) and finishes phase 2.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from silang.model import Briefing, Document, ReadError, Story
from silang.pipeline import DOC_STEPS, available_steps, make_step
from silang.pipeline.base import Corpus, CorpusStep, DocStep, StoryStep
from silang.pipeline.ingest import iter_documents
from silang.store.db import session_factory
from silang.store.fts import related
from silang.store.models import Article, FactRow, Membership, QuoteRow, StoryRow
from silang.store.serialize import from_dict, to_dict

# Stored articles retrieved by full-text search per new article as story candidates.
RELATED = 40


@dataclass
class IngestReport:
    """What one ingest did."""

    added: list[str] = field(default_factory=list)
    duplicates: int = 0
    errors: list[ReadError] = field(default_factory=list)
    stories_updated: list[str] = field(default_factory=list)


def content_hash(text: str) -> str:
    """The SHA-256 of an article's text: two inputs with the same text are one article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _doc_steps() -> list[DocStep]:
    return [s for s in (make_step(n) for n in available_steps(DOC_STEPS)) if isinstance(s, DocStep)]


def _corpus_steps() -> list[CorpusStep | StoryStep]:
    names = [n for n in available_steps() if n not in DOC_STEPS]
    return [s for s in (make_step(n) for n in names) if isinstance(s, CorpusStep | StoryStep)]


def store_document(session: Session, doc: Document, steps: list[DocStep]) -> str | None:
    """Process and commit one article; None when it is already stored (same URL or text)."""
    digest = content_hash(doc.text)
    url = doc.url or None
    clash = Article.content_hash == digest if url is None else or_(Article.content_hash == digest, Article.url == url)
    if session.scalar(select(Article.seq).where(clash)) is not None:
        return None
    if session.scalar(select(Article.seq).where(Article.id == doc.id)) is not None:
        doc.id = f"{doc.id}-{digest[:8]}"
    for step in steps:
        step.run([doc])
    session.add(
        Article(
            id=doc.id,
            content_hash=digest,
            url=url,
            source=doc.source or "",
            outlet=doc.outlet,
            title=doc.title,
            published=doc.published,
            language=doc.language,
            text=doc.text,
            data=to_dict(doc),
            placed=False,
        )
    )
    try:
        session.commit()
    except IntegrityError:  # another ingest stored the same article meanwhile
        session.rollback()
        return None
    return doc.id


def _candidates(session: Session, pending: list[Article]) -> list[StoryRow]:
    """Stored stories new articles could join: those of the stored articles sharing their words.

    No date filter: undated articles and copies (must-links) may join across days.
    """
    found: set[str] = set()
    for a in pending:
        lang = a.language if a.language in ("id", "en") else "id"
        found.update(related(session, f"{a.title or ''} {a.text[:400]}", RELATED, lang))
    ids = select(Membership.story_id).where(Membership.article_id.in_(found))
    return list(session.scalars(select(StoryRow).where(StoryRow.id.in_(ids))))


def _analyse(docs: list[Document]) -> list[Story]:
    corpus = Corpus(docs={d.id: d for d in docs})
    steps = _corpus_steps()
    for step in steps:
        step.run(corpus)
    return corpus.stories


def _keep_ids(new: list[Story], old: list[StoryRow], taken: set[str]) -> None:
    """Give each new story the id of the old story it overlaps most, so links keep working."""
    members = {row.id: set(row.data.get("articles", [])) for row in old}
    used: set[str] = set()
    for story in sorted(new, key=lambda s: -len(s.articles)):
        best = max(members, key=lambda k: len(members[k] & set(story.articles)), default=None)
        if best and best not in used and members[best] & set(story.articles):
            story.id = best
        else:
            story.id = "s-" + hashlib.sha1(min(story.articles).encode()).hexdigest()[:10]
            while story.id in taken or story.id in used:
                story.id = "s-" + hashlib.sha1(story.id.encode()).hexdigest()[:10]
        used.add(story.id)


def save_story(session: Session, story: Story, published: dict[str, str | None]) -> None:
    """Insert one story with its memberships, quote wordings and facts."""
    dates = [p for a in story.articles if (p := published.get(a))]
    session.add(
        StoryRow(
            id=story.id,
            title=story.title,
            size=len(story.articles),
            newest=max(dates, default=None),
            data=to_dict(story),
        )
    )
    session.flush()
    session.add_all(Membership(story_id=story.id, article_id=a) for a in dict.fromkeys(story.articles))
    for i, group in enumerate(story.quotes):
        session.add_all(
            QuoteRow(
                story_id=story.id,
                group_index=i,
                speaker=group.speaker,
                article_id=v.article,
                start=v.start,
                end=v.end,
                text=v.text,
            )
            for v in group.variants
        )
    session.add_all(
        FactRow(
            story_id=story.id,
            statement=f.statement,
            status=f.status,
            independent_sources=f.independent_sources,
            centrality=f.centrality,
        )
        for f in story.facts
    )


def update_stories(session: Session) -> list[str]:
    """Place every unplaced article into stories, recomputing only the stories it can touch."""
    pending = list(session.scalars(select(Article).where(Article.placed.is_(False))))
    if not pending:
        return []
    old = _candidates(session, pending)
    old_ids = {row.id for row in old}
    member_ids = set(session.scalars(select(Membership.article_id).where(Membership.story_id.in_(old_ids))))
    pending_ids = {a.id for a in pending}
    rows = pending + list(session.scalars(select(Article).where(Article.id.in_(member_ids - pending_ids))))
    docs = [from_dict(Document, a.data) for a in rows]
    stories = _analyse(docs)
    taken = set(session.scalars(select(StoryRow.id).where(StoryRow.id.not_in(old_ids))))
    _keep_ids(stories, old, taken)
    session.execute(delete(QuoteRow).where(QuoteRow.story_id.in_(old_ids)))
    session.execute(delete(FactRow).where(FactRow.story_id.in_(old_ids)))
    session.execute(delete(Membership).where(Membership.story_id.in_(old_ids)))
    session.execute(delete(StoryRow).where(StoryRow.id.in_(old_ids)))
    published = {a.id: a.published for a in rows}
    for story in stories:
        save_story(session, story, published)
    session.execute(update(Article).where(Article.id.in_(pending_ids)).values(placed=True))
    session.commit()
    return [s.id for s in stories]


def ingest(
    inputs: Iterable[Any],
    db: str | None = None,
    progress: Callable[[str, str], None] | None = None,
) -> IngestReport:
    """Store new articles from ``inputs`` (paths, records or Documents) and update their stories."""
    report = IngestReport()
    steps = _doc_steps()
    with session_factory(db)() as session:
        for item in iter_documents(inputs):
            if isinstance(item, ReadError):
                report.errors.append(item)
                continue
            new_id = store_document(session, item, steps)
            if new_id is None:
                report.duplicates += 1
            else:
                report.added.append(new_id)
            if progress:
                progress(item.id, "added" if new_id else "duplicate")
        if progress:
            progress("", "stories")
        report.stories_updated = update_stories(session)
    return report


def store_briefing(briefing: Briefing, db: str | None = None) -> IngestReport:
    """Store an already analysed briefing as is: its articles (placed) and its stories.

    Articles already stored (same URL or text) are kept; stories replace stored ones of the same id.
    """
    report = IngestReport()
    with session_factory(db)() as session:
        for doc in briefing.articles:
            if store_document(session, doc, []) is None:
                report.duplicates += 1
            else:
                report.added.append(doc.id)
        ids = [s.id for s in briefing.stories]
        session.execute(delete(QuoteRow).where(QuoteRow.story_id.in_(ids)))
        session.execute(delete(FactRow).where(FactRow.story_id.in_(ids)))
        session.execute(delete(Membership).where(Membership.story_id.in_(ids)))
        session.execute(delete(StoryRow).where(StoryRow.id.in_(ids)))
        published = {d.id: d.published for d in briefing.articles}
        for story in briefing.stories:
            save_story(session, story, published)
        session.execute(update(Article).where(Article.id.in_(report.added)).values(placed=True))
        session.commit()
        report.stories_updated = ids
    return report
