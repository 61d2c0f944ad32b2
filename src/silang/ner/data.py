"""Read the public NER gold sets (CoNLL / TSV) and map their tag sets onto PER / ORG / LOC.

Label mapping (documented in MODEL.md):

* idner-news-2k: PER, ORG, LOC kept as they are.
* NERGrit: PERSON -> PER, ORGANISATION -> ORG, PLACE -> LOC.
* NERP: PPL -> PER, IND -> ORG, PLC -> LOC; EVT (events) and FNB (food and beverage) -> O.
* NER-UI: PERSON -> PER, ORGANIZATION -> ORG, LOCATION -> LOC.
* NER-UGM: PERSON -> PER, ORGANIZATION -> ORG, LOCATION -> LOC; QUANTITY and TIME -> O.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

LABEL_MAP: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "IND": "ORG",
    "LOC": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
    "LOCATION": "LOC",
}

# dataset name -> (folder, train file, evaluation file)
DATASETS: dict[str, tuple[str, str, str]] = {
    "idner": ("idner-news-2k", "train.txt", "test.txt"),
    "nergrit": ("nergrit", "train_preprocess.txt", "valid_preprocess.txt"),
    "nerp": ("nerp", "train_preprocess.txt", "valid_preprocess.txt"),
    "nerui": ("nerui", "train.01.tsv", "test.01.tsv"),
    "nerugm": ("nerugm", "train.01.tsv", "test.01.tsv"),
}
TRAIN_SETS = ("idner", "nergrit", "nerp")
EVAL_SETS = ("idner", "nerui", "nergrit")


@dataclass(slots=True)
class Tagged:
    """One gold sentence: tokens and their BIO labels (mapped)."""

    tokens: list[str]
    labels: list[str]


def data_dir() -> Path:
    """The folder holding the NER gold sets (``$SILANG_NER_DATA`` or ``../shared/data/ner``)."""
    env = os.environ.get("SILANG_NER_DATA")
    if env:
        return Path(env)
    for base in (Path.cwd(), *Path(__file__).resolve().parents):
        cand = base.parent / "shared" / "data" / "ner"
        if cand.is_dir():
            return cand
    raise FileNotFoundError("NER data not found: set SILANG_NER_DATA to the folder of the gold sets")


def map_label(tag: str) -> str:
    """Map one BIO tag of any gold set to B-/I- PER, ORG, LOC or O."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, kind = tag.split("-", 1)
    mapped = LABEL_MAP.get(kind)
    return f"{prefix}-{mapped}" if mapped and prefix in ("B", "I") else "O"


def repair_bio(labels: list[str]) -> list[str]:
    """Turn an I- tag that follows O or another type into B- (conlleval reads it so anyway)."""
    out = []
    prev = "O"
    for lab in labels:
        if lab.startswith("I-") and prev[2:] != lab[2:]:
            lab = "B-" + lab[2:]
        out.append(lab)
        prev = lab
    return out


def read_file(path: Path) -> list[Tagged]:
    """Read a CoNLL-style file: one token per line (token first, tag last), blank line between sentences."""
    sents: list[Tagged] = []
    toks: list[str] = []
    labs: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if toks:
                    sents.append(Tagged(toks, repair_bio(labs)))
                    toks, labs = [], []
                continue
            toks.append(parts[0])
            labs.append(map_label(parts[-1]))
    if toks:
        sents.append(Tagged(toks, repair_bio(labs)))
    return sents


def load(name: str, split: str, root: Path | None = None) -> list[Tagged]:
    """Sentences of dataset ``name`` for ``split`` ("train" or "eval")."""
    folder, train, test = DATASETS[name]
    return read_file((root or data_dir()) / folder / (train if split == "train" else test))
