"""Which font files draw each script: one list for the PDFs (reportlab) and the window (Qt).

Kept apart from ``formats.pdf.fonts`` so the window can load the same fonts at start without
importing reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.resources import fonts_dir


@dataclass(frozen=True, slots=True)
class FontSpec:
    """One font of the chain, in its regular and bold faces (file name and .ttc index)."""

    name: str
    regular: str
    bold: str
    system_dirs: tuple[str, ...]
    subfont_index: int = 0


FONT_CHAIN: tuple[FontSpec, ...] = (
    FontSpec("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
             ("/usr/share/fonts/truetype/dejavu",)),
    FontSpec("WenQuanYiMicroHei", "wqy-microhei.ttc", "wqy-microhei.ttc",
             ("/usr/share/fonts/truetype/wqy",)),
    FontSpec("Loma", "Loma.ttf", "Loma-Bold.ttf", ("/usr/share/fonts/truetype/tlwg",)),
    FontSpec("Symbola", "Symbola_hint.ttf", "Symbola_hint.ttf",
             ("/usr/share/fonts/truetype/ancient-scripts",)),
)


def locate_font(file_name: str, system_dirs: tuple[str, ...]) -> Path:
    """The system's copy of a font when installed (it may be newer), else the shipped one."""
    for folder in system_dirs:
        candidate = Path(folder) / file_name
        if candidate.is_file():
            return candidate
    shipped = fonts_dir() / file_name
    if shipped.is_file():
        return shipped
    raise FileNotFoundError(f"font file {file_name} is missing from {fonts_dir()}")


def font_files() -> list[Path]:
    """Every font file of the chain, regular and bold, for the GUI to load into Qt."""
    paths: list[Path] = []
    for spec in FONT_CHAIN:
        for file_name in dict.fromkeys((spec.regular, spec.bold)):
            paths.append(locate_font(file_name, spec.system_dirs))
    return paths
