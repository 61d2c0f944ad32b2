"""Train the shipped CRF (``silang train ner``) from the public gold sets, deterministically.

Training data: idner-news-2k train, NERGrit train and NERP train, labels mapped by
:mod:`silang.ner.data`. NERP tags companies and brands but leaves government bodies and parties
as O ("kpk", "golkar"), so organisation names that the cased sets tag ORG are tagged ORG in NERP
too (:func:`silang.ner.data.harmonise_orgs`). L-BFGS has no randomness, so the same data give the same model bytes.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pycrfsuite

from silang import lang
from silang.ner import clusters, data
from silang.ner.features import clear_cache, sentence_features
from silang.ner.tagger import model_path

PARAMS = {
    "c1": 0.1,
    "c2": 0.05,
    "max_iterations": 300,
    "feature.possible_transitions": True,
    "feature.possible_states": True,
}
# The cased sets count this many times, against NERP's 6,720 lower-cased sentences.
REPEAT = {"idner": 2, "nergrit": 2}


def train(
    out: Path,
    sets: tuple[str, ...] = data.TRAIN_SETS,
    root: Path | None = None,
    params: dict[str, float | int | bool] | None = None,
    tuning: bool = False,
) -> float:
    """Train a model on ``sets`` and write it to ``out``; return the seconds spent.

    With ``tuning``, NERGrit's held-out fifth (:func:`silang.ner.data.holdout`) is left out.
    """
    t = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    loaded = {name: data.load(name, "train", root) for name in sets}
    if tuning and "nergrit" in loaded:
        loaded["nergrit"] = data.holdout(loaded["nergrit"])[0]
    if "nerp" in loaded:
        orgs = [
            n for e in lang.load("id", "aliases")["entity"] if e["type"] == "ORG" for n in [e["name"], *e["aliases"]]
        ]
        cased = [v for k, v in loaded.items() if k != "nerp"]
        data.harmonise_orgs(loaded["nerp"], data.org_lexicon(cased, orgs))
    for name, sents in loaded.items():
        for _ in range(REPEAT.get(name, 1)):
            for sent in sents:
                trainer.append(sentence_features(sent.tokens), sent.labels)
    trainer.set_params({**PARAMS, **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return time.perf_counter() - t


def tune(out: Path, sets: tuple[str, ...], root: Path | None) -> int:
    """Train without NERGrit's held-out fifth and print F1 on it and on idner-news-2k dev (the tuning sets)."""
    from silang.evaluate.ner import score
    from silang.ner.tagger import Tagger

    seconds = train(out, sets, root, tuning=True)
    tagger = Tagger(out)
    held = data.holdout(data.load("nergrit", "train", root))[1]
    for name, sents in (("idner dev", data.load_dev(root)), ("nergrit held-out", held)):
        scores = score([s.labels for s in sents], [tagger.tag_tokens(s.tokens) for s in sents])
        per_type = " ".join(f"{k} {scores[k][2]:.1f}" for k in ("PER", "ORG", "LOC") if k in scores)
        print(f"{name}: F1 {scores['ALL'][2]:.1f} (P {scores['ALL'][0]:.1f} R {scores['ALL'][1]:.1f}; {per_type})")
    print(f"trained {out} in {seconds:.0f} s")
    return 0


def default_corpus() -> Path | None:
    """The unlabelled news the word clusters come from: ``corpora/dev-id`` beside the NER data."""
    try:
        path = data.data_dir().parents[1] / "corpora" / "dev-id" / "articles.jsonl"
    except FileNotFoundError:
        return None
    return path if path.is_file() else None


def main(argv: list[str] | None = None) -> int:
    """Command line: rebuild the word clusters and the shipped model (or write both elsewhere with ``--out``)."""
    ap = argparse.ArgumentParser(prog="silang train ner", description=__doc__)
    ap.add_argument("--out", type=Path, default=model_path(), help="model file to write (clusters go beside it)")
    ap.add_argument("--data", type=Path, default=None, help="folder of the NER gold sets")
    ap.add_argument("--corpus", type=Path, default=None, help="JSON-lines news for the word clusters (dev-id)")
    ap.add_argument("--keep-clusters", action="store_true", help="use the clusters in place, do not rebuild")
    ap.add_argument("--sets", default=",".join(data.TRAIN_SETS), help="training sets, comma-separated")
    ap.add_argument(
        "--tune",
        action="store_true",
        help="hold out every fifth NERGrit training sentence, train (to a temporary file unless --out) and score "
        "idner-news-2k dev and the held-out sentences (implies --keep-clusters)",
    )
    args = ap.parse_args(argv)
    sets = tuple(s for s in args.sets.split(",") if s)
    if args.tune:
        out = Path(tempfile.gettempdir()) / "ner-id.tune.crfsuite" if args.out == model_path() else args.out
        return tune(out, sets, args.data)
    t = time.perf_counter()
    if not args.keep_clusters:
        corpus = args.corpus or default_corpus()
        if corpus is None:
            raise SystemExit("no corpus for the word clusters: pass --corpus or use --keep-clusters")
        gold = [s.tokens for name in sets for s in data.load(name, "train", args.data)]
        table = clusters.build_from(corpus, gold)
        path = args.out.with_name(clusters.CLUSTERS_NAME)
        clusters.save(table, path)
        clusters.use(path)
        clear_cache()
        print(f"clusters: {len(table)} words from {corpus} in {time.perf_counter() - t:.0f} s")
    try:
        seconds = train(args.out, sets, args.data)
    finally:
        clusters.reset()
        clear_cache()
    size = args.out.stat().st_size / 1e6
    print(f"trained {args.out} on {', '.join(sets)} in {seconds:.0f} s ({size:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
