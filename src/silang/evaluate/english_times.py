"""Score the English time and number layer on the hand-labelled articles in ``tests/data/en_times``.

Each article's ``expected.toml`` entry gives its publication date (the anchor) and, in text order, every
temporal expression and every quantity. A gold item is placed at the first occurrence of its ``text``
(inside ``context`` when given) after the previous item of its list. A prediction is found when it
overlaps a gold item (TempEval's relaxed match; the exact-span count is printed too). Times: value
accuracy over the matched pairs (ISO values, zones included). Quantities: value accuracy (value, bounds,
``approximate`` and unit all right) and ``what`` accuracy over the matched pairs.
Run: ``python -m silang.evaluate.english_times [FOLDER] [--errors]`` (the tuning set by default;
``tests/data/en_times/heldout`` was written with it and scored once, at the end).
"""

from __future__ import annotations

import argparse
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from silang.evaluate.counts import Matched
from silang.normalize.quantities import find_quantities
from silang.normalize.times import find_times

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_FOLDER = ROOT / "tests" / "data" / "en_times"


@dataclass
class Counts(Matched):
    """Extraction (:class:`Matched`) and value counts of one kind of expression, with the misses for reading."""

    exact: int = 0  # matched pairs with the same span
    value: int = 0
    what: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def value_accuracy(self) -> float:
        """Share of matched gold items whose normalised value is right."""
        return self.value / self.found if self.found else 0.0

    @property
    def what_accuracy(self) -> float:
        """Share of matched gold quantities whose counted noun is right."""
        return self.what / self.found if self.found else 0.0


@dataclass(slots=True)
class Placed:
    """A gold item with its offsets in the article."""

    start: int
    end: int
    item: dict[str, Any]


def place(text: str, items: list[dict[str, Any]], file: str) -> list[Placed]:
    """Each gold item at the first occurrence of its text after the previous item's start."""
    out: list[Placed] = []
    cursor = 0
    for item in items:
        ctx = item.get("context", item["text"])
        at = text.find(ctx, cursor)
        if at < 0:
            raise ValueError(f"{file}: gold text {ctx!r} not found after offset {cursor}; fix expected.toml")
        at += ctx.index(item["text"])
        out.append(Placed(at, at + len(item["text"]), item))
        cursor = at + 1
    return out


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _gold_bounds(item: dict[str, Any]) -> tuple[float | None, float | None, float | None]:
    value, approx = item.get("value"), item.get("approx", False)
    if value is not None and not approx and "low" not in item and "high" not in item:
        return value, value, value
    return value, item.get("low"), item.get("high")


def _match(gold: list[Placed], spans: list[tuple[int, int]], counts: Counts) -> list[int | None]:
    """For each gold item, the index of the first prediction overlapping it (each prediction used once)."""
    used: set[int] = set()
    out: list[int | None] = []
    for g in gold:
        hit = next((i for i, (s, e) in enumerate(spans) if i not in used and s < g.end and g.start < e), None)
        out.append(hit)
        if hit is not None:
            used.add(hit)
    counts.gold += len(gold)
    counts.predicted += len(spans)
    counts.found += sum(h is not None for h in out)
    counts.correct += sum(any(s < g.end and g.start < e for g in gold) for s, e in spans)
    return out


def evaluate(folder: Path = DEFAULT_FOLDER) -> tuple[Counts, Counts]:
    """Run the time and number layer on every labelled article of ``folder/expected.toml``."""
    data = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))["article"]
    times, quants = Counts(), Counts()
    for art in data:
        name = art["file"]
        text = (folder / name).read_text(encoding="utf-8")
        anchor = date.fromisoformat(art["published"])
        gold_t = place(text, art.get("times", []), name)
        pred_t = find_times(text, anchor, "en")
        for g, h in zip(gold_t, _match(gold_t, [(t.span.start, t.span.end) for t in pred_t], times), strict=True):
            want = f"{name}: {g.item['text']!r} {g.item['kind']} {g.item['value']}"
            if h is None:
                times.errors.append(f"missed  {want}")
                continue
            p = pred_t[h]
            times.exact += (p.span.start, p.span.end) == (g.start, g.end)
            if p.value == g.item["value"]:
                times.value += 1
            else:
                times.errors.append(f"value   {want}; got {p.span.text!r} {p.kind} {p.value}")
        for p in pred_t:
            if not any(p.span.start < g.end and g.start < p.span.end for g in gold_t):
                times.errors.append(f"extra   {name}: {p.span.text!r} {p.kind} {p.value}")
        gold_q = place(text, art.get("quantities", []), name)
        pred_q = find_quantities(text, "en")
        for g, h in zip(gold_q, _match(gold_q, [(q.span.start, q.span.end) for q in pred_q], quants), strict=True):
            gv, gl, gh = _gold_bounds(g.item)
            want = (
                f"{name}: {g.item['text']!r} {gv}/{gl}/{gh} approx={g.item.get('approx', False)} "
                f"{g.item.get('unit')} {g.item.get('what')}"
            )
            if h is None:
                quants.errors.append(f"missed  {want}")
                continue
            q = pred_q[h]
            quants.exact += (q.span.start, q.span.end) == (g.start, g.end)
            got = f"got {q.span.text!r} {q.value}/{q.low}/{q.high} approx={q.approximate} {q.unit} {q.what}"
            ok_value = (
                _close(q.value, gv)
                and _close(q.low, gl)
                and _close(q.high, gh)
                and q.approximate == g.item.get("approx", False)
                and q.unit == g.item.get("unit")
            )
            quants.value += ok_value
            quants.what += q.what == g.item.get("what")
            if not ok_value or q.what != g.item.get("what"):
                quants.errors.append(f"{'value' if not ok_value else 'what'}   {want}; {got}")
        for q in pred_q:
            if not any(q.span.start < g.end and g.start < q.span.end for g in gold_q):
                quants.errors.append(f"extra   {name}: {q.span.text!r} {q.value} {q.unit} {q.what}")
    return times, quants


def main(argv: list[str] | None = None) -> int:
    """Print the scores (and with ``--errors`` every miss); the last line is the summary."""
    ap = argparse.ArgumentParser(prog="python -m silang.evaluate.english_times", description=__doc__)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    ap.add_argument("--errors", action="store_true", help="list every miss, wrong value and extra")
    args = ap.parse_args(argv)
    t, q = evaluate(args.folder)
    if args.errors:
        for line in t.errors + q.errors:
            print(line)
    print(f"times:      gold {t.gold}, predicted {t.predicted}, exact spans {t.exact}")
    print(f"quantities: gold {q.gold}, predicted {q.predicted}, exact spans {q.exact}")
    print(
        f"english times: P {t.precision:.3f} R {t.recall:.3f} F1 {t.f1:.3f} value {t.value_accuracy:.3f}; "
        f"quantities: P {q.precision:.3f} R {q.recall:.3f} F1 {q.f1:.3f} value {q.value_accuracy:.3f} "
        f"what {q.what_accuracy:.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
