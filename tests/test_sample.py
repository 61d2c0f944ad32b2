"""The sample corpus in examples/ is also an end-to-end fixture: what was planted in it is found.

See examples/feri-selat-lombok/README.md for what each article carries.
"""

from __future__ import annotations

import re

from silang.model import Briefing, Story


def main_story(b: Briefing) -> Story:
    return max(b.stories, key=lambda s: len(s.articles))


def derivation_kinds(story: Story) -> dict[frozenset[str], str]:
    return {frozenset(d.articles): d.kind for d in story.derivations}


def test_one_event_one_story(sample_briefing: Briefing) -> None:
    ids = {d.id for d in sample_briefing.articles}
    assert len(ids) == 5
    assert set(main_story(sample_briefing).articles) == ids


def test_copy_and_spun_rewrite_are_not_independent(sample_briefing: Briefing) -> None:
    story = main_story(sample_briefing)
    kinds = derivation_kinds(story)
    assert kinds.get(frozenset({"01-wartanusa", "02-kabarharian"})) == "copy"
    assert kinds.get(frozenset({"01-wartanusa", "03-beritaviral"})) in {"rewrite", "copy"}
    group = next(g for g in story.independent_groups if "01-wartanusa" in g)
    assert {"02-kabarharian", "03-beritaviral"} <= set(group)
    assert "04-suaratimur" not in group


def test_chrome_removed_and_metadata_read(sample_briefing: Briefing) -> None:
    docs = {d.id: d for d in sample_briefing.articles}
    assert "Baca Juga" not in docs["01-wartanusa"].body
    assert "Tinggalkan Balasan" not in docs["01-wartanusa"].body
    assert "SCROLL TO CONTINUE" not in docs["02-kabarharian"].body
    assert docs["01-wartanusa"].outlet == "Warta Nusa"
    assert docs["01-wartanusa"].published == "2025-10-15"
    assert docs["03-beritaviral"].outlet == "beritaviral.store"
    assert "Antara" in docs["05-antara"].wires


def conflict_values(story: Story) -> list[str]:
    return [" | ".join(f"{s.value} {s.normalized}" for s in c.sides) for c in story.conflicts]


def test_passenger_count_and_sinking_date_disagree(sample_briefing: Briefing) -> None:
    story = main_story(sample_briefing)
    values = conflict_values(story)
    assert any("212" in v and "221" in v for v in values), values
    assert any(re.search(r"2025-10-14|14/10", v) and re.search(r"2025-10-15|15/10", v) for v in values), values


def test_updates_and_different_quantities_are_not_conflicts(sample_briefing: Briefing) -> None:
    story = main_story(sample_briefing)
    for v in conflict_values(story):
        nums = set(re.findall(r"\d+", v))
        assert not {"5", "9"} <= nums or "lima" in v, v  # 5 earlier, 9 later: an update
        assert not {"187", "212"} <= nums, v  # survivors vs passengers
        assert not {"9", "11"} <= nums, v  # Wednesday's toll vs Thursday's


def test_weekday_slip_flagged(sample_briefing: Briefing) -> None:
    story = main_story(sample_briefing)
    slips = [c for c in story.checks if c.kind == "weekday-mismatch"]
    assert [c.text for c in slips] == ["Jumat (16/10)"]
    assert "Kamis" in slips[0].message


def test_quote_matched_across_copy_and_rewrite(sample_briefing: Briefing) -> None:
    story = main_story(sample_briefing)
    group = next(q for q in story.quotes if any("tiga kapal dan satu helikopter" in v.text for v in q.variants))
    assert group.speaker == "Dewi Kartika"
    assert {v.article for v in group.variants} >= {"01-wartanusa", "02-kabarharian", "03-beritaviral"}
