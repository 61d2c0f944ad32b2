"""Named entities: ``entities`` (per article) and ``story_entities`` (merged across a story).

Contract for later steps (quotes, claims):

* ``doc.mentions``: every :class:`~silang.model.Mention` with offsets into ``doc.text``
  (``doc.text[m.start:m.end] == m.text``), ``type`` in PER / ORG / GPE / LOC, ``entity`` the
  canonical name (within the article after ``entities``; the story-level name after
  ``story_entities``) and ``role`` (the title written with that mention, expanded:
  "Menhan Korsel Kim" -> "Menteri Pertahanan Korea Selatan"), sorted by ``start``.
* ``doc.entities``: one :class:`~silang.model.Entity` per canonical name in the article, with the
  other written forms as ``aliases``, the ``roles`` and every mention as a span.
* ``story.entities``: the same, merged across the story's articles.
* :func:`canonical_for` gives the canonical name of the mention covering (or nearest) a span.

Capitals (Pyongyang, Seoul, Moskow, Kyiv, Washington, Beijing: the ``metonyms`` of
``lang/<code>/aliases.toml``) name the state only when they act ("Pyongyang menentang",
"pasukan Pyongyang", "oleh Moskow"); otherwise they stay places ("tiba di Seoul"). Buildings that
stand for an office (Gedung Putih, Kremlin, Pentagon) are ORG entities of their own, as the seeds'
gold reads them. A person's partial name goes to the fullest compatible name in the article
("Rutte" -> "Mark Rutte"), or to the nearest preceding one when several fit ("Kim"); across a
story, two different full names are never joined; names written with other spacing ("PT PLN" /
"PTPLN") or a one-letter spelling variant ("Alyssa Daguise" / "Daguisse") are one entity. Tagged spans
are reshaped first (:mod:`silang.ner.shapes`: flight numbers, acronyms of things, routes and pairs,
glued words), and a word glued to a name is cut where another article of the story writes it alone.
"""

from __future__ import annotations

from collections import Counter

from silang.lang import data_lang
from silang.model import Document, Entity, Mention, Span, Story
from silang.ner import names, shapes
from silang.ner.features import gazetteer
from silang.ner.resolve import make_mentions, tag_document
from silang.ner.tagger import Tagger, default_tagger
from silang.pipeline.base import DocStep, StoryStep
from silang.pipeline.places import is_place

_TYPE_RANK = {"PER": 0, "ORG": 1, "GPE": 2, "LOC": 3}


def build_entities(doc_id: str, text: str, mentions: list[Mention], code: str = "id") -> list[Entity]:
    """One entity per canonical name (:func:`~silang.ner.shapes.entity_key`): type by majority, written
    forms as aliases, roles, spans."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(shapes.entity_key(m.entity or m.text, code), []).append(m)
    out = []
    for ms in groups.values():
        # "SEOUL" in a dateline and "Seoul" in the body are one name: the usual casing wins
        forms = Counter(m.entity or m.text for m in ms)
        name = max(forms, key=lambda f: (not f.isupper(), forms[f], f))
        for m in ms:
            m.entity = name
        types = Counter(m.type for m in ms)
        kind = min(types, key=lambda t: (-types[t], _TYPE_RANK.get(t, 9)))
        aliases = list(dict.fromkeys(" ".join(m.text.split()) for m in ms))
        roles = fullest_roles([m.role for m in ms if m.role])
        spans = [_span(doc_id, text, m) for m in ms]
        out.append(Entity(name, kind, [a for a in aliases if a != name], roles, spans))
    return out


def _span(doc_id: str, text: str, m: Mention) -> Span:
    return Span(doc_id, m.start, m.end, text[m.start : m.end])


def fullest_roles(roles: list[str]) -> list[str]:
    """Distinct roles, dropping one that is the start of a longer one ("Duta Besar Rusia" < "... di Seoul")."""
    keys = {r.lower(): r for r in roles}
    return [r for k, r in keys.items() if not any(o != k and o.startswith(k + " ") for o in keys)]


class Entities(DocStep):
    """Tag people, organisations and places in each article and name each actor once."""

    name = "entities"

    def __init__(self, tagger: Tagger | None = None) -> None:
        super().__init__()
        self.tagger = tagger or default_tagger()

    def process(self, doc: Document) -> int:
        """Fill ``doc.mentions`` and ``doc.entities``; return the number of mentions."""
        doc.mentions = make_mentions(doc, tag_document(doc, self.tagger))
        doc.entities = build_entities(doc.id, doc.text, doc.mentions, data_lang(doc.language))
        return len(doc.mentions)


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return len(big) > n and any(big[i : i + n] == small for i in range(len(big) - n + 1))


def merge_story(docs: list[Document]) -> dict[tuple[str, str], str]:
    """Story-level name for every (article, article-level name); never joins two different full names."""
    code = data_lang(docs[0].language) if docs else "id"
    keyed: dict[str, list[tuple[str, Entity]]] = {}
    for doc in docs:
        for ent in doc.entities:
            keyed.setdefault(shapes.entity_key(ent.name, code), []).append((doc.id, ent))
    keyed = _join_variants(keyed)
    # a person's partial name goes to the one longer story name containing it, if only one does
    people = {k for k, v in keyed.items() if any(e.type == "PER" for _, e in v)}
    people |= _surnames(keyed, people, code)
    target = {k: k for k in keyed}
    for k in people:
        bigger = [o for o in people if _contains(tuple(o.split()), tuple(k.split()))]
        top = [o for o in bigger if not any(_contains(tuple(x.split()), tuple(o.split())) for x in bigger)]
        if len(top) == 1:
            target[k] = top[0]
    # a short form an article defines for a body or place ("PT Aneka Tambang Tbk (Antam)") names it
    # throughout the story, whatever type the tagger gave the short form on its own
    defined: dict[str, set[str]] = {}
    for k, v in keyed.items():
        for _, e in v:
            if e.type != "PER":
                for alias in e.aliases:
                    defined.setdefault(shapes.entity_key(alias, code), set()).add(k)
    for k, longs in defined.items():
        if k in keyed and len(longs) == 1 and k not in longs:
            target[k] = next(iter(longs))
    best: dict[str, str] = {}
    for k in set(target.values()):
        forms = Counter(e.name for kk, v in keyed.items() if target[kk] == k for _, e in v)
        known = next((a for f in forms if (a := names.known(f, code)) is not None), None)
        best[k] = known.name if known else max(forms, key=lambda f: (forms[f], _spaced(f, forms), f))
    return {(d, e.name): best[target[k]] for k, v in keyed.items() for d, e in v}


def _surnames(keyed: dict[str, list[tuple[str, Entity]]], people: set[str], code: str) -> set[str]:
    """One-word names typed as a body or place that are the last word of exactly one person's full name
    in the story ("Conceição" LOC beside "Francisco Conceicao" PER): a full name of capitalised words
    only, mentioned twice or more, and a word the alias data and the place gazetteer do not know."""
    full = [
        k
        for k in people
        if " " in k
        and sum(len(e.mentions) for _, e in keyed[k]) >= 2
        and all(w[:1].isupper() and w[1:].islower() for w in keyed[k][0][1].name.split())
    ]
    last = Counter(k.split()[-1] for k in full)
    known, gaz = names.aliases(code), gazetteer()
    return {
        k
        for k, v in keyed.items()
        if k not in people
        and last[k] == 1
        and k not in known
        and k not in gaz
        and not is_place(v[0][1].name)
        and not any(e.name.isupper() for _, e in v)
    }


def _spaced(form: str, forms: Counter[str]) -> int:
    """Minus the number of other forms of the same letters with more spaces or hyphens ("PTPLN" < "PT PLN")."""
    ck = names.compact_key(form)
    return -sum(names.compact_key(g) == ck and _gaps(g) > _gaps(form) for g in forms)


def _gaps(form: str) -> int:
    return sum(c.isspace() or c == "-" for c in form)


def _join_variants(keyed: dict[str, list[tuple[str, Entity]]]) -> dict[str, list[tuple[str, Entity]]]:
    """One key for names written with other spacing or punctuation ("PT PLN" / "PTPLN", "Dewa 19" /
    "DEWA19") and for spelling variants of one type (:func:`~silang.ner.names.spelling_variant`);
    the most mentioned key stays."""
    size = {k: sum(len(e.mentions) for _, e in v) for k, v in keyed.items()}
    shown = {k: (v[0][1].name, Counter(e.type for _, e in v).most_common(1)[0][0]) for k, v in keyed.items()}
    order = sorted(keyed, key=lambda k: (-size[k], k))
    into: dict[str, str] = {}
    by_compact: dict[str, str] = {}
    for k in order:
        head = by_compact.setdefault(names.compact_key(k), k)
        if head == k:
            head = next((h for h in by_compact.values() if h not in into and _variant(shown[h], shown[k])), k)
        if head != k:
            into[k] = head
    out: dict[str, list[tuple[str, Entity]]] = {}
    for k in order:
        out.setdefault(into.get(k, k), []).extend(keyed[k])
    return out


def _variant(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two (name, type) pairs of one type whose names are spelling variants."""
    return a[1] == b[1] and abs(len(a[0]) - len(b[0])) <= 1 and a != b and names.spelling_variant(a[0], b[0])


class StoryEntities(StoryStep):
    """Merge the articles' entities into the story's, and point mentions at the story-level name."""

    name = "story_entities"

    def process_story(self, story: Story, docs: list[Document]) -> int:
        """Fill ``story.entities``; return how many there are."""
        known = shapes.story_words(d.text for d in docs)
        for doc in docs:  # a name glued to the next word, cut where another article writes it alone
            if shapes.unglue(doc.text, doc.mentions, known, data_lang(doc.language)):
                doc.entities = build_entities(doc.id, doc.text, doc.mentions, data_lang(doc.language))
        mapping = merge_story(docs)
        merged: dict[str, Entity] = {}
        votes: dict[str, Counter[str]] = {}
        for doc in docs:
            for m in doc.mentions:
                m.entity = mapping.get((doc.id, m.entity or m.text), m.entity)
            for ent in doc.entities:
                name = mapping[(doc.id, ent.name)]
                into = merged.setdefault(name, Entity(name, ent.type))
                # the type is voted by the mentions of the full name when there are any
                weight = len(ent.mentions) * (100 if ent.name == name else 1)
                votes.setdefault(name, Counter())[ent.type] += weight
                for alias in [ent.name, *ent.aliases]:
                    if alias != name and alias not in into.aliases:
                        into.aliases.append(alias)
                for role in ent.roles:
                    if role.lower() not in {r.lower() for r in into.roles}:
                        into.roles.append(role)
                into.mentions.extend(ent.mentions)
        for name, into in merged.items():
            into.roles = fullest_roles(into.roles)
            into.type = min(votes[name], key=lambda t: (-votes[name][t], _TYPE_RANK.get(t, 9)))
        story.entities = sorted(merged.values(), key=lambda e: (-len(e.mentions), e.name))
        return len(story.entities)


def canonical_for(doc: Document, start: int, end: int, reach: int = 80) -> str | None:
    """Canonical name of the mention covering ``start:end``, else of the nearest within ``reach`` chars."""
    best: tuple[int, str] | None = None
    for m in doc.mentions:
        if m.start < end and start < m.end:
            return m.entity
        gap = m.start - end if m.start >= end else start - m.end
        if gap <= reach and (best is None or gap < best[0]):
            best = (gap, m.entity or m.text)
    return best[1] if best else None
