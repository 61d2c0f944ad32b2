"""``python -m silang`` runs the CLI."""

from silang.cli import main

main()
