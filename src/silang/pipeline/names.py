"""Disagreements about people: a name spelled two ways, a status that cannot hold at once."""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
from rapidfuzz.distance import Levenshtein

from silang.model import Document, Mention
from silang.ner.names import unaccented
from silang.pipeline.align_claims import QUANTITY_SIM, Pair, about_text
from silang.pipeline.slots import Statement, claims_data, sentences_of

NAME_CONFIDENCE = 0.7
STATUS_CONFIDENCE = 0.65


def _plain(name: str) -> str:
    """A name with one kind of apostrophe and single spaces (Ma’ruf = Ma'ruf)."""
    return " ".join(re.sub(r"[’‘`´]", "'", name).split())


def _person_names(doc: Document) -> dict[str, Mention]:
    """Full person names (two words or more, no digits) as written in the article, first mention of each."""
    out: dict[str, Mention] = {}
    for m in doc.mentions:
        if m.type == "PER" and len(m.text.split()) >= 2 and not re.search(r"\d", m.text):
            out.setdefault(_plain(m.text), m)
    return out


def is_person(doc: Document, name: str) -> bool:
    """Whether the article treats ``name`` as a person's: a title or role word right before a mention,
    a speech verb right after one, or one part of the name used alone as a person mention."""
    data = claims_data(doc.language or "id")["names"]
    cues = {w.lower() for w in data["person_cues"]}
    verbs = {w.lower() for w in data["speech_verbs"]}
    places = {w.lower() for w in data["place_prepositions"]}
    parts = {p.lower() for p in name.split() if len(p) >= 3}
    text = _plain(doc.text)
    for m in re.finditer(re.escape(name), text):
        before = [w.strip(',.()"“”').lower() for w in text[max(0, m.start() - 60) : m.start()].split()[-5:]]
        after = [w.strip(',.()"“”').lower() for w in text[m.end() : m.end() + 30].split()[:2]]
        stop = max([i + 1 for i, w in enumerate(before) if w in places] + [0])
        before = before[stop:]  # "Warga berkumpul di Mushola ...": a place follows "di"
        if cues & set(before) or any(" ".join(before[i:]) in cues for i in range(len(before))):
            return True
        if verbs & set(after):
            return True
    return any(mm.type == "PER" and len(mm.text.split()) == 1 and mm.text.lower() in parts for mm in doc.mentions)


def _one_token_typo(a: str, b: str, lang: str = "id") -> bool:
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    diff = [(x, y) for x, y in zip(ta, tb, strict=True) if unaccented(x.lower()) != unaccented(y.lower())]
    if len(diff) != 1:
        return False
    x, y = sorted(diff[0], key=len)
    glue = claims_data(lang)["names"]["glue_suffixes"]
    if y.lower().startswith(x.lower()) and y[len(x) :].lower() in glue:
        return False
    return min(len(x), len(y)) >= 4 and x[0].lower() == y[0].lower() and Levenshtein.distance(x, y) <= 2


def _statement(doc: Document, m: Mention) -> Statement:
    for i, s in enumerate(sentences_of(doc)):
        if s.start <= m.start < s.end:
            return Statement(doc.id, i, doc.span(s.start, s.end))
    return Statement(doc.id, -1, doc.span(m.start, m.end))


def name_pairs(docs: list[Document]) -> Iterator[Pair]:
    """One person's full name spelled differently by two articles, each never using the other form."""
    names = {d.id: _person_names(d) for d in docs}
    seen: set[frozenset[str]] = set()
    for i, da in enumerate(docs):
        for db in docs[i + 1 :]:
            for na, ma in names[da.id].items():
                for nb, mb in names[db.id].items():
                    if na in names[db.id] or nb in names[da.id] or not _one_token_typo(na, nb, da.language or "id"):
                        continue
                    if frozenset((na, nb)) in seen or not (is_person(da, na) or is_person(db, nb)):
                        continue
                    seen.add(frozenset((na, nb)))
                    sa, sb = _statement(da, ma), _statement(db, mb)
                    yield Pair("name", sa, sb, ma.text, mb.text, na, nb, NAME_CONFIDENCE, f"name: {na} / {nb}")


def status_pairs(sts: list[Statement], sim: np.ndarray) -> Iterator[Pair]:
    """Close statements about the same person with statuses that exclude each other."""
    if not sts:
        return
    pairs = [tuple(p) for p in claims_data(sts[0].lang)["status"]["pairs"]]
    for i, a in enumerate(sts):
        for j in range(i + 1, len(sts)):
            b = sts[j]
            people = a.persons & b.persons
            if (
                a.article == b.article
                or not people
                or sim[i, j] < QUANTITY_SIM
                or (a.markers | b.markers)
                & {
                    "update",
                    "negation",
                    "plan",
                }
            ):
                continue
            la, lb = set(a.statuses.values()), set(b.statuses.values())
            for x, y in pairs:
                if (x in la and y in lb and y not in la and x not in lb) or (
                    y in la and x in lb and x not in la and y not in lb
                ):
                    wa = next(w for w, n in a.statuses.items() if n in (x, y))
                    wb = next(w for w, n in b.statuses.items() if n in (x, y))
                    yield Pair(
                        "status",
                        a,
                        b,
                        wa,
                        wb,
                        a.statuses[wa],
                        b.statuses[wb],
                        STATUS_CONFIDENCE,
                        about_text(f"status of {sorted(people)[0]}", a, None),
                    )
                    break
