"""``privet keys new --out FILE``: a new random secret key in a file only its owner can read (mode 0600)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from privet.anonymize import new_key, save_key
from privet.cli._console import stderr

app = typer.Typer(name="keys", help="Create secret keys for pseudonymization and encryption.", no_args_is_help=True)


@app.command("new")
def new(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Key file to create (never overwritten).", show_default=False)
    ],
) -> None:
    """Create a new 256-bit secret key in OUT with mode 0600. The key is never printed."""
    key = new_key()
    save_key(key, out)
    stderr.print(
        f"wrote a new key to {out} (fingerprint {key.fingerprint}); keep it secret and backed up",
        markup=False,
        highlight=False,
    )
