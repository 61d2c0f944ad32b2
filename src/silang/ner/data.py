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


def holdout(sents: list[Tagged], every: int = 5) -> tuple[list[Tagged], list[Tagged]]:
    """Split training sentences for tuning: every ``every``-th sentence is held out (NERGrit train 4/5 + 1/5)."""
    kept = [s for i, s in enumerate(sents) if i % every != every - 1]
    held = [s for i, s in enumerate(sents) if i % every == every - 1]
    return kept, held


def load_dev(root: Path | None = None) -> list[Tagged]:
    """idner-news-2k dev, the tuning set beside the held-out part of NERGrit train."""
    return read_file((root or data_dir()) / DATASETS["idner"][0] / "dev.txt")


def org_lexicon(sets: list[list[Tagged]], extra: list[str], min_count: int = 2) -> set[tuple[str, ...]]:
    """Lower-cased organisation names tagged ORG at least ``min_count`` times and more often than not.

    Built from cased gold sets plus the alias data's organisations (``extra``).
    """
    as_org: dict[tuple[str, ...], int] = {}
    for sents in sets:
        for s in sents:
            i = 0
            while i < len(s.labels):
                if s.labels[i] == "B-ORG":
                    j = i + 1
                    while j < len(s.labels) and s.labels[j] == "I-ORG":
                        j += 1
                    key = tuple(t.lower() for t in s.tokens[i:j])
                    as_org[key] = as_org.get(key, 0) + 1
                    i = j
                else:
                    i += 1
    as_other: dict[tuple[str, ...], int] = {}
    for sents in sets:
        for s in sents:
            for i, (tok, lab) in enumerate(zip(s.tokens, s.labels, strict=True)):
                key = (tok.lower(),)
                if key in as_org and lab == "O" and (i == 0 or s.labels[i - 1] == "O"):
                    as_other[key] = as_other.get(key, 0) + 1
    lex = {k for k, n in as_org.items() if n >= min_count and n > as_other.get(k, 0)}
    lex |= {tuple(name.lower().split()) for name in extra if len(name) >= 3}
    return lex


def harmonise_orgs(sents: list[Tagged], lexicon: set[tuple[str, ...]]) -> int:
    """Tag known organisation names left as O (NERP tags companies only) as ORG; return how many."""
    longest = max((len(k) for k in lexicon), default=0)
    changed = 0
    for s in sents:
        low = [t.lower() for t in s.tokens]
        i = 0
        while i < len(low):
            for k in range(min(longest, len(low) - i), 0, -1):
                if tuple(low[i : i + k]) in lexicon and all(lab == "O" for lab in s.labels[i : i + k]):
                    s.labels[i : i + k] = ["B-ORG"] + ["I-ORG"] * (k - 1)
                    changed += 1
                    i += k - 1
                    break
            i += 1
    return changed
