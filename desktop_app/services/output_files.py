"""Writing exported files: never half a file on disk, and zips whose names survive any OS."""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path


def write_atomically(target: Path, data: bytes) -> None:
    """Write beside the target and rename: a reader never sees half a calendar or PDF."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def zip_bytes(contents: list[tuple[str, bytes]]) -> bytes:
    """A deflated archive of (relative POSIX path, data) pairs."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for relative_path, data in contents:
            # a fixed date keeps the archive's bytes independent of the machine's clock and zone
            info = zipfile.ZipInfo(relative_path, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= 0x800  # names are UTF-8: 黃嘉敏.pdf must stay 黃嘉敏.pdf
            archive.writestr(info, data)
    return buffer.getvalue()


def zip_files(root: Path, files: list[Path], target: Path) -> None:
    """Archive ``files`` (paths under ``root``) into ``target``, atomically."""
    contents = [(path.relative_to(root).as_posix(), path.read_bytes()) for path in files]
    write_atomically(target, zip_bytes(contents))
