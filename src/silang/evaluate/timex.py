"""``silang eval timex``: extraction F1 and value accuracy of the time layer on IndoTimex (Kompas, TimeML).

Gold: every ``TIMEX3`` inside ``<TEXT>`` (the ``<DCT>`` gives the anchor; the title is not scored).
Extraction counts a predicted expression as found when it overlaps a gold one (TempEval's relaxed
match; the strict, exact-span figure is printed too). Value accuracy is over the matched pairs,
comparing ISO values with any zone offset dropped (gold omits zones) and ``T06`` read as ``T06:00``.

Known gold problems (``--errors`` lists them as wrong values): six values contradict their text
(20150101-1302031: "Kamis (1/1/2015), sekitar pukul 11.45 WIB" and "pukul 12.30 WIB" are gold 2014-01-01;
20141230-19332551: the times of a flight of "Sabtu (28/12/2014)" are gold 12-29, and "pukul 16.15" of an
incident of "Selasa (30/12/2014)" too; "pertengahan tahun depan" is gold 2015-12-31), and five AirAsia
clock times of 2014-12-29 articles that state no day are gold 2014-12-28 (world knowledge).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from silang.normalize.times import find_times

DEFAULT_DATA = Path("..") / "shared" / "data" / "timex" / "indotimex" / "kompas_test_gold"
TIMEX = re.compile(
    r'<TIMEX3\b[^>]*?type="(?P<type>[A-Z]+)"[^>]*?value="(?P<value>[^"]*)"[^>]*>(?P<text>.*?)</TIMEX3>', re.S
)
TAG = re.compile(r"<[^>]+>")
DCT = re.compile(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})', re.S)
BODY = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


@dataclass(slots=True)
class Gold:
    """One gold expression, by offsets into the tag-free text."""

    start: int
    end: int
    type: str
    value: str
    text: str


def read_tml(path: Path) -> tuple[str, date, list[Gold]]:
    """The plain text of ``<TEXT>``, the document date and the gold expressions of one ``.tml`` file."""
    raw = path.read_text(encoding="utf-8")
    dct_m, body_m = DCT.search(raw), BODY.search(raw)
    if not (dct_m and body_m):
        raise ValueError(f"{path}: no <DCT> or <TEXT>; is this a TimeML file?")
    body = body_m[1]
    out: list[str] = []
    gold: list[Gold] = []
    pos = length = 0
    for m in TIMEX.finditer(body):
        before = TAG.sub("", body[pos : m.start()])
        out.append(before)
        length += len(before)
        inner = TAG.sub("", m["text"])
        gold.append(Gold(length, length + len(inner), m["type"], m["value"], inner))
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(TAG.sub("", body[pos:]))
    return "".join(out), date.fromisoformat(dct_m[1]), gold


def norm_value(value: str | None) -> str:
    """A value comparable across conventions: no zone offset, hours written ``HH:MM``."""
    v = re.sub(r"[+-]\d{2}:\d{2}$", "", value or "")
    return re.sub(r"T(\d{2})$", r"T\1:00", v)


def evaluate(folder: Path, verbose: bool = False) -> dict[str, float]:
    """Score the time layer on every ``.tml`` file of ``folder``; print per-kind details."""
    tp = fp = fn = exact = correct = 0
    by_type: Counter[str] = Counter()
    found_type: Counter[str] = Counter()
    right_type: Counter[str] = Counter()
    errors: list[str] = []
    files = sorted(folder.glob("*.tml"))
    if not files:
        raise FileNotFoundError(f"no .tml files in {folder}; pass --data <folder of IndoTimex .tml files>")
    for path in files:
        text, dct, gold = read_tml(path)
        pred = find_times(text, dct, "id", article=path.stem, include_vague=True)
        used: set[int] = set()
        for g in gold:
            by_type[g.type] += 1
            match = next(
                (i for i, p in enumerate(pred) if i not in used and p.span.start < g.end and g.start < p.span.end), None
            )
            if match is None:
                fn += 1
                errors.append(f"missed   {g.type:8} {g.value:18} {g.text!r}")
                continue
            used.add(match)
            p = pred[match]
            tp += 1
            found_type[g.type] += 1
            exact += p.span.start == g.start and p.span.end == g.end
            if norm_value(p.value) == norm_value(g.value):
                correct += 1
                right_type[g.type] += 1
            else:
                errors.append(f"value    {g.type:8} gold {g.value:18} got {p.value!s:24} {g.text!r} / {p.span.text!r}")
        for i, p in enumerate(pred):
            if i not in used:
                fp += 1
                errors.append(f"spurious {p.kind:8} {p.value!s:18} {p.span.text!r}")
    n = tp + fn
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / n if n else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    strict_f1 = 2 * exact / (2 * exact + (tp + fp - exact) + (n - exact)) if n else 0.0
    acc = correct / tp if tp else 0.0
    if verbose:
        print(*sorted(errors), sep="\n")
    for t in sorted(by_type):
        print(f"{t:9} gold {by_type[t]:4}  found {found_type[t]:4}  value right {right_type[t]:4}")
    print(f"relaxed: precision {prec:.3f} recall {rec:.3f}; strict (exact span) F1 {strict_f1:.3f}")
    print(f"timex: extraction F1 {f1:.3f}, value accuracy {acc:.3f} ({n} gold)")
    return {"f1": f1, "precision": prec, "recall": rec, "strict_f1": strict_f1, "value_accuracy": acc, "gold": n}


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation (``silang eval timex [--data FOLDER] [--errors]``)."""
    parser = argparse.ArgumentParser(prog="silang eval timex", description=__doc__.splitlines()[0])
    repo = Path(__file__).resolve().parents[3]
    parser.add_argument("--data", type=Path, default=repo / DEFAULT_DATA, help="folder of IndoTimex .tml files")
    parser.add_argument("--errors", action="store_true", help="list every miss, spurious match and wrong value")
    args = parser.parse_args(argv)
    evaluate(args.data, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
