"""Train the shipped CRF (``silang train ner``) from the public gold sets, deterministically.

Training data: idner-news-2k train, NERGrit train and NERP train, labels mapped by
:mod:`silang.ner.data`. NERP tags companies and brands but leaves government bodies and parties
as O ("kpk", "golkar"), so organisation names that the cased sets tag ORG are tagged ORG in NERP
too (:func:`silang.ner.data.harmonise_orgs`). L-BFGS has no randomness, so the same data give the same model bytes.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite

from silang import lang
from silang.ner import data
from silang.ner.features import sentence_features
from silang.ner.tagger import model_path

PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def train(
    out: Path,
    sets: tuple[str, ...] = data.TRAIN_SETS,
    root: Path | None = None,
    params: dict[str, float | int | bool] | None = None,
) -> float:
    """Train a model on ``sets`` and write it to ``out``; return the seconds spent."""
    t = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    loaded = {name: data.load(name, "train", root) for name in sets}
    if "nerp" in loaded:
        orgs = [
            n for e in lang.load("id", "aliases")["entity"] if e["type"] == "ORG" for n in [e["name"], *e["aliases"]]
        ]
        cased = [v for k, v in loaded.items() if k != "nerp"]
        data.harmonise_orgs(loaded["nerp"], data.org_lexicon(cased, orgs))
    for sents in loaded.values():
        for sent in sents:
            trainer.append(sentence_features(sent.tokens), sent.labels)
    trainer.set_params({**PARAMS, **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    """Command line: rebuild the shipped model (or write one elsewhere with ``--out``)."""
    ap = argparse.ArgumentParser(prog="silang train ner", description=__doc__)
    ap.add_argument("--out", type=Path, default=model_path(), help="model file to write")
    ap.add_argument("--data", type=Path, default=None, help="folder of the NER gold sets")
    ap.add_argument("--sets", default=",".join(data.TRAIN_SETS), help="training sets, comma-separated")
    args = ap.parse_args(argv)
    sets = tuple(s for s in args.sets.split(",") if s)
    seconds = train(args.out, sets, args.data)
    size = args.out.stat().st_size / 1e6
    print(f"trained {args.out} on {', '.join(sets)} in {seconds:.0f} s ({size:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
