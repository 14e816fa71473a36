"""Render the app icon's PNG sizes from its SVG (Qt's own SVG renderer: no other tool needed).

    python packaging/render_icons.py

writes ``resources/icons/hicolor/<N>x<N>/apps/delegation-planner.png`` for every size
the freedesktop icon theme spec lists for apps (16-512), plus ``delegation-planner.ico`` (Windows)
and, when ``iconutil`` exists (macOS), ``delegation-planner.icns``. Run it after changing the SVG;
``tests/packaging/test_desktop_files.py`` fails while a PNG no longer matches the SVG.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "delegation-planner.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int, folder: Path = ICONS) -> Path:
    return folder / "hicolor" / f"{size}x{size}" / "apps" / "delegation-planner.png"


def render(svg: Path = SVG, folder: Path = ICONS) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG Qt can draw")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = png_path(size, folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    written.append(_windows_icon(folder))
    if shutil.which("iconutil"):
        written.append(_mac_icon(folder))
    return written


def _mac_icon(folder: Path) -> Path:
    """An .icns from an .iconset of the PNGs (macOS's iconutil; each size also as @2x of its half)."""
    with tempfile.TemporaryDirectory() as scratch:
        iconset = Path(scratch) / "delegation-planner.iconset"
        iconset.mkdir()
        for size in (16, 32, 128, 256, 512):
            shutil.copyfile(png_path(size, folder), iconset / f"icon_{size}x{size}.png")
            if size >= 32:
                shutil.copyfile(png_path(size, folder), iconset / f"icon_{size // 2}x{size // 2}@2x.png")
        target = folder / "delegation-planner.icns"
        subprocess.run(["iconutil", "-c", "icns", str(iconset), "-o", str(target)], check=True)
    return target


def _windows_icon(folder: Path) -> Path:
    """An .ico holding PNG images (Windows Vista and later read them), largest last."""
    import struct

    images = [png_path(size, folder).read_bytes() for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images, strict=True):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    target = folder / "delegation-planner.ico"
    target.write_bytes(header + entries + b"".join(images))
    return target


if __name__ == "__main__":
    for path in render():
        print(path.relative_to(ROOT))
