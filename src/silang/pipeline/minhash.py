"""Vectorised MinHash signatures and a banded LSH index for near-duplicate candidates.

A signature is the minimum of ``num_perm`` universal hashes ``(a*x + b) mod p`` over a
document's word-shingle hashes (CRC32, so results are stable across processes).
The LSH index splits a signature into bands; documents sharing one band are candidates.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

_PRIME = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64((1 << 32) - 1)
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``."""
    return _WORD.findall(text.lower())


def shingle_hashes(text: str, k: int = 3) -> np.ndarray:
    """CRC32 hashes of the distinct ``k``-word shingles of ``text`` (uint64 array)."""
    toks = words(text)
    if len(toks) < k:
        toks = toks + [""] * (k - len(toks))
    grams = {" ".join(toks[i : i + k]) for i in range(len(toks) - k + 1)}
    return np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint64, count=len(grams))


class MinHasher:
    """Computes ``num_perm``-value MinHash signatures with fixed, seeded permutations."""

    def __init__(self, num_perm: int = 64, seed: int = 1) -> None:
        rng = np.random.RandomState(seed)
        self.num_perm = num_perm
        self.a = rng.randint(1, 1 << 31, size=num_perm, dtype=np.int64).astype(np.uint64)
        self.b = rng.randint(0, 1 << 31, size=num_perm, dtype=np.int64).astype(np.uint64)

    def signature(self, hashes: np.ndarray) -> np.ndarray:
        """The signature (uint32 array of ``num_perm``) of a set of shingle hashes."""
        if hashes.size == 0:
            return np.full(self.num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
        # a, x < 2**32 so a*x + b fits in uint64; reduce mod the Mersenne prime, keep 32 bits
        vals = (np.outer(hashes, self.a) + self.b) % _PRIME & _MAX32
        return vals.min(axis=0).astype(np.uint32)

    def text_signature(self, text: str, k: int = 3) -> np.ndarray:
        """The signature of the ``k``-word shingles of ``text``."""
        return self.signature(shingle_hashes(text, k))


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(sig_a == sig_b))


class LSHIndex:
    """Banded LSH over MinHash signatures: ``bands`` bands of ``rows`` values each."""

    def __init__(self, bands: int = 16, rows: int = 4) -> None:
        self.bands = bands
        self.rows = rows
        self.buckets: dict[bytes, list[str]] = defaultdict(list)

    def _keys(self, sig: np.ndarray) -> Iterable[bytes]:
        for i in range(self.bands):
            yield bytes([i]) + sig[i * self.rows : (i + 1) * self.rows].tobytes()

    def query(self, sig: np.ndarray) -> set[str]:
        """Ids of indexed documents sharing at least one band with ``sig``."""
        out: set[str] = set()
        for key in self._keys(sig):
            hit = self.buckets.get(key)
            if hit:
                out.update(hit)
        return out

    def insert(self, key_id: str, sig: np.ndarray) -> None:
        """Index ``sig`` under ``key_id``."""
        for key in self._keys(sig):
            self.buckets[key].append(key_id)

    def add(self, key_id: str, sig: np.ndarray) -> set[str]:
        """Query then insert: the candidates seen so far for a new document."""
        found = self.query(sig)
        self.insert(key_id, sig)
        return found
