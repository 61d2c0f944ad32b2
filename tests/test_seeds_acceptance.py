"""The seeds acceptance: ../shared/tools/score_seeds.py passes every line on a full briefing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from silang.render.json import briefing_to_dict

from conftest import SHARED


def test_every_seeds_line_passes(seeds_briefing, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "brief.json"
    out.write_text(json.dumps(briefing_to_dict(seeds_briefing), ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score_seeds.py"), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = proc.stdout.splitlines()
    failed = [line for line in lines if line.startswith("FAIL")]
    assert not failed, "\n".join(failed)
    passed, total = lines[-1].removeprefix("seeds: ").split("/")
    assert passed == total == "44"
