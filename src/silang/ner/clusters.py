"""Word clusters learned from unlabelled Indonesian news, as features for words the gold sets lack.

Each word's left and right neighbours are counted, weighted by positive PMI, reduced by SVD and
clustered with k-means at three granularities. A fourth column says how often the word is
capitalised inside a sentence (names nearly always, common words almost never). Everything is
seeded and single-threaded, so the same text gives the same clusters. The clusters ship next to
the model (``models/clusters-id.tsv``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from silang.ner.tokens import TOKEN_RE

CLUSTERS_NAME = "clusters-id.tsv"
SIZES = (64, 256, 1024)


_override: list[Path] = []


def clusters_path() -> Path:
    """The clusters in use: the shipped ones inside the package, unless :func:`use` said otherwise."""
    if _override:
        return _override[-1]
    return Path(str(resources.files("silang.ner") / "models" / CLUSTERS_NAME))


def use(path: Path) -> None:
    """Read clusters from ``path`` from now on in this process (training a model elsewhere)."""
    _override.append(path)
    load.cache_clear()


def corpus_texts(path: Path) -> Iterable[str]:
    """Article texts of a JSON-lines corpus (field ``text``)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line).get("text") or ""


def build(
    sentences: Iterable[list[str]], min_count: int = 3, contexts: int = 1500, dims: int = 64
) -> dict[str, tuple[int, ...]]:
    """Cluster ids (one per size in :data:`SIZES`) for every word seen ``min_count`` times."""
    from scipy import sparse
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD
    from threadpoolctl import threadpool_limits

    raw = list(sentences)
    sents = [[w.lower() for w in s] for s in raw]
    counts = Counter(w for s in sents for w in s)
    caps = Counter(w.lower() for s in raw for w in s[1:] if w[:1].isupper())
    inner = Counter(w for s in sents for w in s[1:])
    vocab = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    ctx = vocab[:contexts]
    wid = {w: i for i, w in enumerate(vocab)}
    cid = {w: i for i, w in enumerate(ctx)}
    rows: list[int] = []
    cols: list[int] = []
    for s in sents:
        for i, w in enumerate(s):
            r = wid.get(w)
            if r is None:
                continue
            if i > 0 and s[i - 1] in cid:
                rows.append(r)
                cols.append(cid[s[i - 1]])
            if i + 1 < len(s) and s[i + 1] in cid:
                rows.append(r)
                cols.append(len(ctx) + cid[s[i + 1]])
    m = sparse.coo_matrix(
        (np.ones(len(rows)), (np.array(rows), np.array(cols))), shape=(len(vocab), 2 * len(ctx))
    ).tocsr()
    total = m.sum()
    pw = np.asarray(m.sum(axis=1)).ravel() / total
    pc = np.asarray(m.sum(axis=0)).ravel() / total
    m = m.tocoo()
    pmi = np.log((m.data / total) / (pw[m.row] * pc[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    with threadpool_limits(1):
        vecs = TruncatedSVD(dims, random_state=0).fit_transform(ppmi)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
        ids = [KMeans(k, n_init=1, max_iter=40, random_state=0).fit_predict(vecs) for k in SIZES]
    return {w: (*(int(c[i]) for c in ids), _case_bucket(caps[w], inner[w])) for i, w in enumerate(vocab)}


def _case_bucket(capitalised: int, total: int) -> int:
    """How a word is written inside sentences: 2 nearly always capitalised, 1 mixed, 0 lower, -1 unseen."""
    if total < 3:
        return -1
    share = capitalised / total
    return 2 if share >= 0.9 else 1 if share >= 0.3 else 0


def save(table: dict[str, tuple[int, ...]], path: Path) -> None:
    """Write the clusters as ``word<TAB>id<TAB>id<TAB>id<TAB>case`` lines, sorted by word."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for w in sorted(table):
            fh.write(w + "\t" + "\t".join(map(str, table[w])) + "\n")


def reset() -> None:
    """Go back to the shipped clusters."""
    _override.clear()
    load.cache_clear()


@cache
def load() -> dict[str, tuple[str, ...]]:
    """The clusters in use (empty when the file is missing): word -> cluster ids as strings."""
    p = clusters_path()
    if not p.is_file():
        return {}
    out = {}
    with p.open(encoding="utf-8") as fh:
        for line in fh:
            w, *ids = line.rstrip("\n").split("\t")
            out[w] = tuple(ids)
    return out


def build_from(corpus: Path, gold: Iterable[list[str]]) -> dict[str, tuple[int, ...]]:
    """Clusters from a JSON-lines news corpus plus the tokens of the gold training sentences."""
    sents = [toks for text in corpus_texts(corpus) for toks in tokens_of(text)]
    sents.extend(gold)
    return build(sents)


def tokens_of(text: str) -> list[list[str]]:
    """Paragraph-wise token lists of a text (for building clusters)."""
    return [TOKEN_RE.findall(p) for p in text.split("\n") if p.strip()]
