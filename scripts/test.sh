#!/usr/bin/env bash
# One command: set up, then lint, type-check and run the test suite.
# Extra arguments go to pytest (e.g. `bash scripts/test.sh -m "not browser"`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -f .ci/env ]; then set -a; . .ci/env; set +a; fi
.venv/bin/ruff check src tests bench
.venv/bin/mypy
SILANG_STRICT=1 .venv/bin/pytest "$@"
