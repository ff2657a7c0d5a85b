"""Entry point: run the typer app and turn errors into one line on stderr and an exit code.

A ``PrivetError`` exits 2 (the user can fix the input); anything else exits 1. A traceback is printed only
with ``--debug``.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence

from privet.errors import PrivetError


def _one_line(text: str) -> str:
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> None:
    """Run ``privet`` with ``argv`` (default: the process arguments) and exit with its status."""
    from privet.cli._app import app

    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    try:
        app(args=args, prog_name="privet")  # standalone: usage errors and typer.Exit exit by themselves
    except PrivetError as exc:
        if debug:
            traceback.print_exc()
        print(f"privet: error: {_one_line(str(exc))}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("privet: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:
        if debug:
            traceback.print_exc()
        print(
            f"privet: internal error ({type(exc).__name__}); rerun with --debug for a traceback and report it as a bug",
            file=sys.stderr,
        )
        sys.exit(1)
    sys.exit(0)
