"""Build annotated documents for the cross-checking tests: real text, slots marked by hand."""

from __future__ import annotations

from pathlib import Path

from silang.model import Document, Identifier, Mention, Quantity, Story, Timex

SEEDS = Path("/work/shared/corpora/seeds")


def seed(prefix: str) -> Document:
    """A seed article by its three-digit prefix."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return Document(path.stem, str(path), path.read_text(encoding="utf-8"), language="id")


def article(id_: str, text: str) -> Document:
    """A short article written for a test case."""
    return Document(id_, id_, text, language="id")


def _find(doc: Document, needle: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = doc.text.index(needle, pos + 1)
    return pos, pos + len(needle)


def qty(
    doc: Document,
    needle: str,
    value: float | None,
    what: str,
    *,
    approx: bool = False,
    low: float | None = None,
    high: float | None = None,
    nth: int = 0,
) -> Quantity:
    """Mark the ``nth`` occurrence of ``needle`` as a quantity."""
    s, e = _find(doc, needle, nth)
    q = Quantity(value, low, high, approx, None, what, doc.span(s, e))
    doc.quantities.append(q)
    return q


def tx(doc: Document, needle: str, value: str, kind: str = "date", nth: int = 0) -> Timex:
    """Mark the ``nth`` occurrence of ``needle`` as a time expression with ISO ``value``."""
    s, e = _find(doc, needle, nth)
    t = Timex(kind, value, doc.span(s, e))
    doc.times.append(t)
    return t


def ident(doc: Document, needle: str, kind: str = "flight", nth: int = 0) -> Identifier:
    """Mark an identifier."""
    s, e = _find(doc, needle, nth)
    x = Identifier(needle, kind, doc.span(s, e))
    doc.identifiers.append(x)
    return x


def person(doc: Document, needle: str, nth: int = 0) -> Mention:
    """Mark a person mention."""
    s, e = _find(doc, needle, nth)
    m = Mention(s, e, needle, "PER", needle)
    doc.mentions.append(m)
    return m


def story_of(docs: list[Document], groups: list[list[str]] | None = None) -> Story:
    """One story over ``docs``; each article its own independent group unless told."""
    ids = [d.id for d in docs]
    return Story("s1", "test", ids, groups if groups is not None else [[a] for a in ids])


def annotated_seeds() -> tuple[list[Document], Story]:
    """The five seeds with the quantities and dates the normalisers are expected to find."""
    a0, a1, a2, a3, a4 = (seed(f"00{i}") for i in range(5))
    qty(a0, "10.000 tentara", 10000, "troops")
    qty(a0, "sekitar 10.000 tentara", 10000, "troops", approx=True)
    qty(a0, "1.500 tentara", 1500, "troops")
    tx(a0, "antara 8 hingga 13 Oktober", "2024-10-08/2024-10-13", "range")
    tx(a0, "Pada bulan Juni", "2024-06")
    tx(a0, "hari Rabu, 30 Oktober 2024", "2024-10-30")
    qty(a1, "10.000 tentara", 10000, "troops")
    qty(a1, "sekitar 10.000 tentara", 10000, "troops", approx=True)
    qty(a1, "3.000 tentara", 3000, "troops")
    qty(a1, "10.000 personel", 10000, "troops")
    tx(a1, "Senin (28/10)", "2024-10-28")
    tx(a1, "Jumat (25/10)", "2024-10-25")
    tx(a1, "September lalu", "2024-09")
    qty(a2, "10 beberapa ribu pasukan", 10000, "troops", approx=True)
    tx(a2, "Kamis (31/10/2024)", "2024-10-31")
    tx(a3, "Senin (20/10)", "2024-10-20")
    qty(a3, "sekitar 1.500 tentara", 1500, "troops", approx=True)
    tx(a3, "Jumat (18/10)", "2024-10-18")
    tx(a3, "Juni 2024", "2024-06")
    tx(a4, "Senin (28/10/2024)", "2024-10-28")
    qty(a4, "sekitar 10 ribu tentara", 10000, "troops", approx=True)
    qty(a4, "1.500 tentara", 1500, "troops")
    tx(a4, "pada 8-13 Oktober", "2024-10-08/2024-10-13", "range")
    tx(a4, "Februari 2022", "2022-02")
    docs = [a0, a1, a2, a3, a4]
    groups = [[a0.id, a2.id, a4.id], [a1.id], [a3.id]]
    return docs, story_of(docs, groups)


SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "feri-selat-lombok"


def read_through_temporal(docs: list[Document]) -> list[Document]:
    """Run the per-article steps (clean ... temporal) over ``docs``, as the pipeline does."""
    from silang.pipeline import DOC_STEPS, available_steps, make_step
    from silang.pipeline.base import DocStep

    for step in (make_step(n) for n in available_steps(DOC_STEPS)):
        if isinstance(step, DocStep):
            step.run(docs)
    return docs


def pipeline_seeds() -> tuple[list[Document], Story]:
    """The five seeds with every layer from the real per-article steps (no hand annotation)."""
    docs = read_through_temporal([seed(f"00{i}") for i in range(5)])
    ids = [d.id for d in docs]
    return docs, story_of(docs, [[ids[0], ids[2], ids[4]], [ids[1]], [ids[3]]])


def sample_story() -> tuple[list[Document], Story]:
    """The five sample-corpus articles as one story (01-03 one source: a copy and a spun rewrite)."""
    from silang.pipeline.ingest import read_documents

    docs, _ = read_documents([SAMPLE])
    docs = read_through_temporal(docs)
    ids = [d.id for d in docs]
    first = [i for i in ids if i[:2] in ("01", "02", "03")]
    return docs, story_of(docs, [first] + [[i] for i in ids if i not in first])
