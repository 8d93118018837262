"""``python -m plan6`` runs the command line."""

from .cli import main

raise SystemExit(main())
