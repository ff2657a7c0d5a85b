"""An independent ("blind") evaluation set for privet's scanner: tables and free texts in eight languages.

Written from the spec (``spec/entities.md``) and the public API only, apart from privet's word lists and the
team's own generators, so that its numbers say how privet generalizes. ``tables.py`` and ``texts.py`` are
deterministic from a seed; ``bench/scan_blind.py`` scores privet on them.
"""
