"""All-or-nothing outputs for a run: files are written into a hidden staging folder, published on success.

A run writes several files (anonymized table, model, policy, report). Writing them straight into the output
folder would leave a half-finished set behind when a later stage fails; staging them beside the output
folder and renaming each into place only after every stage succeeded leaves either the new set or nothing
new. (Each rename is atomic; the set is published in one short loop after all the work is done.)
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from privet.errors import DataError

__all__ = ["Staging", "staged_outputs"]


class Staging:
    """A hidden folder beside the output folder; ``path(name)`` gives where to write an output file."""

    def __init__(self, folder: Path, output_dir: Path) -> None:
        self.folder = folder
        self.output_dir = output_dir

    def path(self, name: str) -> Path:
        """Where to write the output file ``name`` (a plain file name, never a path built from data)."""
        if Path(name).name != name or name in {"", ".", ".."}:
            raise ValueError(f"output names must be plain file names, got {name!r}")
        return self.folder / name

    def publish(self) -> list[Path]:
        """Move every staged file into the output folder; return the published paths."""
        self.output_dir.mkdir(parents=True, exist_ok=True)
        published = []
        for staged in sorted(self.folder.iterdir()):
            target = self.output_dir / staged.name
            with staged.open("rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(staged, target)
            published.append(target)
        return published


@contextlib.contextmanager
def staged_outputs(output_dir: Path) -> Iterator[Staging]:
    """Stage outputs for ``output_dir``; publish them if the block succeeds, delete them if it fails."""
    parent = output_dir.parent
    if output_dir.exists() and not output_dir.is_dir():
        raise DataError(f"{output_dir}: the output path exists and is not a folder.")
    if not parent.is_dir():
        raise DataError(f"{output_dir}: the parent folder {parent} does not exist.")
    folder = Path(tempfile.mkdtemp(prefix=f".{output_dir.name}.staging-", dir=parent))
    try:
        staging = Staging(folder, output_dir)
        yield staging
        staging.publish()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
