"""``python -m privet`` runs the CLI."""

from privet.cli import main

main()
