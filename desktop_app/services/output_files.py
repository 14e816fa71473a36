"""Writing exported files: never half a file on disk, and zips whose names survive any OS."""

from __future__ import annotations

import functools
import io
import os
import tempfile
import zipfile
from pathlib import Path


@functools.cache
def _default_file_mode() -> int:
    """What ``open()`` would give a new file (mkstemp's 0600 would hide exports from colleagues).

    Read once: reading the umask means setting it, which must not race with other threads.
    """
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(target: Path, data: bytes) -> None:
    """Write beside the target, flush to disk, then rename: never half a calendar or PDF,
    even after a crash or a power cut."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).chmod(_default_file_mode())
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
