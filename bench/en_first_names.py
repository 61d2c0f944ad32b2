"""Build ``lang/en/first_names.toml``: first words of multi-word person names in the MIT-licensed
training sets under ``../shared/data/ner`` (idner-news-2k train, NERGrit train).

A word is kept when it opens a person's name at least twice and is rarely a capitalised
non-entity word; titles are left out. Run: ``python bench/en_first_names.py``.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from silang import lang
from silang.ner import names

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner"
SOURCES = [("idner-news-2k/train.txt", " "), ("nergrit/train_preprocess.txt", "\t")]
# English words that open band or film names in the sets ("Led Zeppelin", "Avenged Sevenfold").
ENGLISH_WORDS = ["Avenged", "Led", "Malevolent", "Napalm", "Super", "Angel", "Guy", "Cut", "Luna", "Grace"]
OUT = Path(__file__).resolve().parents[1] / "src" / "silang" / "lang" / "en" / "first_names.toml"


def sentences(path: Path, sep: str) -> Iterator[list[tuple[str, str]]]:
    """(token, label) sentences of a CoNLL-style file."""
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(sep)
        if len(parts) < 2:
            if sent:
                yield sent
            sent = []
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        yield sent


def main() -> int:
    """Count name openings and capitalised non-entity uses; write the kept words."""
    first: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    for rel, sep in SOURCES:
        for sent in sentences(SHARED / rel, sep):
            for i, (tok, lab) in enumerate(sent):
                nxt = sent[i + 1][1] if i + 1 < len(sent) else "O"
                if lab in ("B-PER", "B-PERSON") and nxt.startswith("I-"):
                    first[tok] += 1
                elif lab == "O" and i > 0 and tok[:1].isupper():
                    plain[tok] += 1
    skip = names.title_words("id") | names.title_words("en") | names.honorifics("id") | names.honorifics("en")
    ner = lang.load("en", "ner")
    skip |= {w.lower() for key in ("common", "demonyms", "org_heads", "loc_heads", "places") for w in ner[key]}
    skip |= {w.lower() for w in ENGLISH_WORDS}
    kept = sorted(
        w
        for w, n in first.items()
        if n >= 2 and len(w) >= 3 and w.isalpha() and w[0].isupper() and w.lower() not in skip and plain[w] * 2 <= n
    )
    lines = [
        "# First words of person names, built by bench/en_first_names.py from the MIT-licensed NER training",
        "# sets in ../shared/data/ner (idner-news-2k, NERGrit); silang.ner.english reads a capitalised run",
        "# opening with one of them as a person. Do not edit by hand: rerun the script.",
        "names = [",
        *(
            f"  {', '.join(repr(w).replace(chr(39), chr(34)) for w in kept[i : i + 12])},"
            for i in range(0, len(kept), 12)
        ),
        "]",
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(kept)} names to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
