import os
import stat
import zipfile
from pathlib import Path

import pytest

from desktop_app.services import output_files
from desktop_app.services.output_files import write_atomically, zip_bytes


def test_written_files_get_the_usual_permissions(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    output_files._default_file_mode.cache_clear()
    try:
        target = tmp_path / "黃嘉敏.ics"
        write_atomically(target, b"BEGIN:VCALENDAR\r\n")
    finally:
        os.umask(previous)
        output_files._default_file_mode.cache_clear()
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["黃嘉敏.ics"]  # no temporary left behind


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def fail(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_zip_names_stay_utf8(tmp_path: Path) -> None:
    archive = tmp_path / "pack.zip"
    archive.write_bytes(zip_bytes([("delegates/김지우.ics", b"x"), ("delegates/Müller.pdf", b"y")]))
    with zipfile.ZipFile(archive) as opened:
        assert opened.namelist() == ["delegates/김지우.ics", "delegates/Müller.pdf"]
