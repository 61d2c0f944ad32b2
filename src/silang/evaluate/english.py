"""Score English entities and quote speakers on the hand-labelled articles in ``tests/data/en``.

Each article runs through :func:`silang.brief` on its own. An entity is right when its name (or one of
its written forms) is a gold name of the same type; precision counts the article's predicted entities,
recall the gold ones. A gold quote is found by the start of its text; its speaker is right when the
names match case- and hyphen-insensitively. Run: ``python -m silang.evaluate.english [FOLDER]`` (the
tuning set by default; ``tests/data/en/blind`` and ``tests/data/en/fresh`` were written later).
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from silang.evaluate.counts import Matched
from silang.evaluate.quotes import norm_name

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_FOLDER = ROOT / "tests" / "data" / "en"


@dataclass
class EnglishScore(Matched):
    """Entity counts (:class:`Matched`) and speaker counts, with the misses for reading."""

    quotes: int = 0
    speakers: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        """Share of gold quotes whose speaker is right (a quote not found counts as wrong)."""
        return self.speakers / self.quotes if self.quotes else 0.0


def evaluate(folder: Path = DEFAULT_FOLDER) -> EnglishScore:
    """Run every labelled article of ``folder/expected.toml`` and count hits and misses."""
    from silang.api import brief

    gold = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))["article"]
    score = EnglishScore()
    for item in gold:
        doc = brief(str(folder / item["file"])).articles[0]
        wanted = [({norm_name(n) for n in name.split("|")}, kind) for name, kind in item["entities"]]
        hit: set[int] = set()
        for ent in doc.entities:
            forms = {norm_name(f) for f in [ent.name, *ent.aliases]}
            match = [i for i, (names, kind) in enumerate(wanted) if kind == ent.type and forms & names]
            score.predicted += 1
            if match:
                score.correct += 1
                hit.update(match)
            else:
                score.wrong.append(f"{item['file']}: extra {ent.name} [{ent.type}]")
        score.gold += len(wanted)
        score.found += len(hit)
        score.wrong += [f"{item['file']}: missed {item['entities'][i]}" for i in range(len(wanted)) if i not in hit]
        for start, speaker in item["quotes"]:
            score.quotes += 1
            quote = next((q for q in doc.quotes if start.lower() in q.span.text.lower()), None)
            if quote is not None and norm_name(quote.speaker) == norm_name(speaker):
                score.speakers += 1
            else:
                said = "no quote" if quote is None else quote.speaker
                score.wrong.append(f"{item['file']}: quote {start!r} by {speaker}, got {said}")
    return score


def main() -> int:
    """Print the misses and the scores of the folder given (the tuning set by default)."""
    s = evaluate(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER)
    print("\n".join(s.wrong))
    print(
        f"entities P {s.precision:.3f} R {s.recall:.3f} ({s.correct}/{s.predicted}, {s.found}/{s.gold}); "
        f"speakers {s.speaker_accuracy:.3f} ({s.speakers}/{s.quotes})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
