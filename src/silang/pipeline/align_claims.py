"""Find disagreements between the statements of one story: dates, quantities, times, identifiers, names.

Precision first: two statements are compared only when they report the same event (a shared event
class plus a shared quantity, or a close sentence embedding), and every known non-conflict (an
update, a part of a whole, an approximation, a containing range, a plan) is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from silang.model import Quantity, Timex
from silang.pipeline.clauses import (
    attribution_date,
    different_places,
    fixed_count,
    owner,
    relative_date,
    trigger_words,
)
from silang.pipeline.compare import (
    clock,
    date_part,
    dates_disjoint,
    day_level,
    magnitude_ratio,
    near_variant,
    quantities_agree,
    quantity_label,
    same_thing,
)
from silang.pipeline.slots import Statement, claims_data

GENERIC_EVENTS = {"statement", "price"}
DATE_SIM = 0.45
QUANTITY_SIM = 0.6
QUANTITY_MAX_RATIO = 3.0
FIXED_CONFIDENCE = 0.7  # a count that does not change (a ship's load) stated two ways
DATE_BLOCKERS = {"sequel", "period", "repeated"}
QUANTITY_BLOCKERS = {"period", "update", "partial", "plan", "hedge", "negation"}
UNSTATED_DAY = 0.5  # confidence of a clock time dated only by the publication day (normalize.narrative)


@dataclass
class Pair:
    """Two statements that disagree on one slot."""

    kind: str
    a: Statement
    b: Statement
    value_a: str
    value_b: str
    norm_a: str
    norm_b: str
    confidence: float
    about: str


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def event_date(st: Statement, event: str) -> Timex | None:
    """The date the statement gives for ``event``: a dated expression whose nearest event word is of that class."""
    if event not in st.events:
        return None
    dated = [
        t
        for t in st.dated()
        if day_value(t) and owner(st, t, st.lang) == event and not attribution_date(st, t) and not relative_date(st, t)
    ]
    if not dated:
        return None
    spots = [(s, e) for s, e, name in st.triggers if name == event]
    return min(dated, key=lambda t: min(_gap(x, (t.span.start, t.span.end)) for x in spots))


def day_value(t: Timex) -> str | None:
    """The calendar value of a date, a range, or a clock time's day (``2025-10-14T21:30`` -> ``2025-10-14``).

    A clock time whose day the text never gives (its day is the publication day, at confidence
    ``UNSTATED_DAY``) has no day here: the text does not say it.
    """
    if t.kind in ("date", "range") and date_part(t):
        return t.value
    return date_part(t) if t.kind == "time" and t.confidence > UNSTATED_DAY else None


def _names(st: Statement) -> set[str]:
    return {e.lower() for e in st.entities}


def _event_dates(sts: list[Statement]) -> dict[tuple[str, str], list[str]]:
    """(article, event class) -> every date the article gives an event of that class."""
    out: dict[tuple[str, str], list[str]] = {}
    for st in sts:
        for event in st.events:
            t = event_date(st, event)
            v = day_value(t) if t else None
            if v:
                out.setdefault((st.article, event), []).append(v)
    return out


def _years_apart(a: str | None, b: str | None) -> int:
    ya, yb = (int(v[:4]) if v and v[:4].isdigit() else 0 for v in (a, b))
    return abs(ya - yb) if ya and yb else 0


def shared_quantity(a: Statement, b: Statement, min_value: float = 10, loose: bool = False) -> bool:
    """Whether the two statements count the same thing with agreeing, specific numbers.

    ``loose`` also accepts equal numbers when one side only counts "people" (40 orang / 40 penumpang)
    or the normaliser did not say what one side counts ("19wisatawan"), in the same unit.
    """
    for qa in a.quantities:
        for qb in b.quantities:
            if (qa.value or qa.high or 0) < min_value or not quantities_agree(qa, qb):
                continue
            if same_thing(qa, qb) or (loose and qa.value == qb.value and _kin(qa, qb)):
                return True
    return False


def shared_time(a: Statement, b: Statement) -> bool:
    """Whether the statements give one clock time (on one day, when both say the day) for an event
    word of one class ("gempa ... pukul 15.24" / "gempa terjadi ... pukul 15:24:49")."""
    if not set(a.events) & set(b.events) - GENERIC_EVENTS:
        return False
    for ta in a.times:
        for tb in b.times:
            ca, cb = clock(ta), clock(tb)
            da, db = date_part(ta), date_part(tb)
            if ca and ca == cb and (not da or not db or not dates_disjoint(da, db)):
                return True
    return False


def _kin(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities may count the same thing: same unit, and one counts people or is unlabelled."""
    if (a.unit or "") != (b.unit or ""):
        return False
    return "people" in (a.what, b.what) or not a.what or not b.what or bool(a.unit)


def clashing_quantity(a: Statement, b: Statement) -> bool:
    """Whether the statements count the same thing with numbers that cannot be the same."""
    return any(same_thing(qa, qb) and not quantities_agree(qa, qb) for qa in a.quantities for qb in b.quantities)


def lexical(a: Statement, b: Statement) -> float:
    """Word overlap of two sentences, 0..1."""
    return fuzz.token_set_ratio(a.text.lower(), b.text.lower()) / 100


def date_pairs(sts: list[Statement], sim: np.ndarray) -> Iterator[Pair]:
    """Statements dating the same event to days or months that cannot overlap.

    An article that itself gives the other date for an event of the class tells of two events (a
    volcano erupting on two days), not of one misdated; statements naming different places, people
    or bodies without a shared one, and no shared count, are about different events.
    """
    known = _event_dates(sts)
    for i, a in enumerate(sts):
        for j in range(i + 1, len(sts)):
            b = sts[j]
            if a.article == b.article:
                continue
            for event in sorted(set(a.events) & set(b.events) - GENERIC_EVENTS):
                ta, tb = event_date(a, event), event_date(b, event)
                va, vb = (day_value(t) if t else None for t in (ta, tb))
                if not ta or not tb or not va or not vb or not dates_disjoint(va, vb):
                    continue
                anchored = shared_quantity(a, b)
                if clashing_quantity(a, b) or (not anchored and min(sim[i, j], lexical(a, b)) < DATE_SIM):
                    continue
                if different_places(a, b) or (not anchored and _names(a) and _names(b) and not _names(a) & _names(b)):
                    continue  # each names its own people or places: two events of one kind
                if any(not dates_disjoint(va, v) for v in known.get((b.article, event), [])) or any(
                    not dates_disjoint(vb, v) for v in known.get((a.article, event), [])
                ):
                    continue
                if ("plan" in a.markers) != ("plan" in b.markers) or (a.markers | b.markers) & DATE_BLOCKERS:
                    continue  # a planned event against a past one, a later development, a period
                if _years_apart(va, vb) > 1:
                    continue  # years apart: two events, not one event misdated
                conf = 0.35 + 0.5 * float(sim[i, j]) + (0.25 if anchored else 0.0) + 0.1 * lexical(a, b)
                if day_level(va) and day_level(vb):
                    conf += 0.05
                about = about_text("date", a, event)
                yield Pair(
                    "date",
                    a,
                    b,
                    ta.span.text,
                    tb.span.text,
                    va,
                    vb,
                    min(conf, 0.99),
                    about,
                )
                break


def time_pairs(sts: list[Statement], sim: np.ndarray) -> Iterator[Pair]:
    """Statements giving different clock times for the same event on the same (or an unstated) day."""
    for i, a in enumerate(sts):
        for j in range(i + 1, len(sts)):
            b = sts[j]
            shared = set(a.events) & set(b.events) - GENERIC_EVENTS
            if a.article == b.article or not shared or sim[i, j] < QUANTITY_SIM:
                continue
            ta = [t for t in a.times if clock(t)]
            tb = [t for t in b.times if clock(t)]
            if len(ta) != 1 or len(tb) != 1 or clock(ta[0]) == clock(tb[0]):
                continue
            if different_places(a, b) or attribution_date(a, ta[0]) or attribution_date(b, tb[0]):
                continue
            if not trigger_words(a, ta[0]) & trigger_words(b, tb[0]):
                continue  # a clock time dates the verb next to it: landing, take-off, announcement...
            if (a.markers | b.markers) & DATE_BLOCKERS:
                continue
            da, db = date_part(ta[0]), date_part(tb[0])
            if da and db and da != db:
                continue
            conf = 0.3 + 0.6 * float(sim[i, j]) + 0.1 * lexical(a, b)
            yield Pair(
                "time",
                a,
                b,
                ta[0].span.text,
                tb[0].span.text,
                ta[0].value or "",
                tb[0].value or "",
                min(conf, 0.99),
                about_text("time", a, sorted(shared)[0]),
            )


def _values_by_article(sts: list[Statement]) -> dict[str, list[Quantity]]:
    out: dict[str, list[Quantity]] = {}
    for st in sts:
        out.setdefault(st.article, []).extend(st.quantities)
    return out


def quantity_pairs(sts: list[Statement], sim: np.ndarray, same_article: bool = False) -> Iterator[Pair]:
    """Statements giving numbers of the same thing for the same event that cannot be the same.

    Across articles a value must also be absent from the other article altogether: when B mentions
    A's number anywhere, B's other number counts something else (a wave, an earlier figure).
    """
    by_article = _values_by_article(sts)
    days = _days_by_article(sts)
    volatile = set(claims_data(sts[0].lang).get("volatile", {}).get("counts", [])) if sts else set()
    for i, a in enumerate(sts):
        for j in range(i + 1, len(sts)):
            b = sts[j]
            if (a.article == b.article) != same_article or (a.markers | b.markers) & QUANTITY_BLOCKERS:
                continue
            shared = set(a.events) & set(b.events) - GENERIC_EVENTS
            close = sim[i, j] >= (QUANTITY_SIM if shared else 0.8)
            da = [t.value for t in a.dated() if date_part(t)]
            db = [t.value for t in b.dated() if date_part(t)]
            if da and db and all(dates_disjoint(x, y) for x in da for y in db):
                continue  # the same count at different times of a developing event
            # undated figures published on different days may be different days' figures
            other_day = not da and not db and a.published and b.published and a.published != b.published
            for qa in a.quantities:
                for qb in b.quantities:
                    if not same_thing(qa, qb) or quantities_agree(qa, qb) or qa.what in volatile:
                        continue
                    kind = fixed_count(a, qa)
                    fixed = not same_article and kind is not None and kind == fixed_count(b, qb)
                    measure = fixed and kind is not None and qa.what == kind
                    if measure and not _one_measure(by_article, days, a.article, b.article, kind or ""):
                        continue
                    if not fixed and (not close or other_day):
                        continue
                    if magnitude_ratio(qa, qb) > QUANTITY_MAX_RATIO:
                        continue
                    if not same_article and (
                        any(same_thing(qa, x) and quantities_agree(qa, x) for x in by_article[b.article])
                        or any(same_thing(qb, x) and quantities_agree(qb, x) for x in by_article[a.article])
                    ):
                        continue
                    conf = 0.25 + 0.6 * float(sim[i, j]) + (0.1 if shared else 0.0) + 0.1 * lexical(a, b)
                    conf = max(conf, FIXED_CONFIDENCE) if fixed else conf
                    yield Pair(
                        "quantity",
                        a,
                        b,
                        qa.span.text,
                        qb.span.text,
                        quantity_label(qa),
                        quantity_label(qb),
                        min(conf, 0.99),
                        about_text(f"number of {qa.what}", a, next(iter(sorted(shared)), None)),
                    )


def _days_by_article(sts: list[Statement]) -> dict[str, set[str]]:
    """Article -> the days its statements date events to."""
    out: dict[str, set[str]] = {}
    for (article, _), values in _event_dates(sts).items():
        out.setdefault(article, set()).update(v[:10] for v in values if day_level(v))
    return out


def _one_measure(by_article: dict[str, list[Quantity]], days: dict[str, set[str]], a: str, b: str, what: str) -> bool:
    """Whether two articles each give one value of a measure, for events they date to a shared day."""
    values = [{x.value for x in by_article[n] if x.what == what} for n in (a, b)]
    return all(len(v) == 1 for v in values) and bool(days.get(a, set()) & days.get(b, set()))


def identifier_pairs(sts: list[Statement], sim: np.ndarray) -> Iterator[Pair]:
    """Identifiers of one kind spelled a typo apart in two articles that never use the other spelling.

    Case and decree numbers run in sequence, so two of them must also be about the same people or
    said in nearly the same words; a flight number a transposition apart is enough on its own.
    """
    index = {id(st): n for n, st in enumerate(sts)}
    by_article: dict[str, set[str]] = {}
    for st in sts:
        by_article.setdefault(st.article, set()).update(x.value.upper() for x in st.identifiers)
    seen: set[tuple[str, str]] = set()
    for a in sts:
        for b in sts:
            if a.article >= b.article:
                continue
            for xa in a.identifiers:
                for xb in b.identifiers:
                    va, vb = xa.value.upper(), xb.value.upper()
                    if xa.kind != xb.kind or not near_variant(va, vb) or (va, vb) in seen:
                        continue
                    if va in by_article[b.article] or vb in by_article[a.article]:
                        continue
                    if xa.kind != "flight" and not (a.persons & b.persons or sim[index[id(a)], index[id(b)]] >= 0.8):
                        continue
                    seen.add((va, vb))
                    yield Pair("identifier", a, b, xa.span.text, xb.span.text, va, vb, 0.85, f"{xa.kind}: {va} / {vb}")


def about_text(kind: str, st: Statement, event: str | None) -> str:
    """What a conflict is about: its kind and a few words around the event word of one side."""
    words = st.text.split()
    if event and event in st.events:
        offset = st.events[event] - st.span.start
        before = len(st.text[:offset].split())
        words = words[max(0, before - 3) : before + 6]
    else:
        words = words[:9]
    return f"{kind}: …{' '.join(words)}…"
