#!/usr/bin/env bash
# One command: set up, then brief the sample corpus that ships in the repo (Markdown on stdout, JSON and HTML in out/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.venv/bin/silang brief examples/feri-selat-lombok --format json -o out/brief.json --quiet
.venv/bin/silang brief examples/feri-selat-lombok --format html -o out/brief.html --quiet
.venv/bin/silang brief examples/feri-selat-lombok --stats
