"""The README says what the code does: its table of import kinds is the catalogue's."""

from __future__ import annotations

from pathlib import Path

from desktop_app.cli.main import COMMAND_NAMES
from desktop_app.services.imports.catalogue import KINDS

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def test_the_import_table_is_the_catalogue_of_kinds() -> None:
    block = README.split("<!-- import-kinds:")[1].split("<!-- /import-kinds -->")[0]
    rows = [line.strip("|").split("|") for line in block.splitlines() if line.startswith("| ") and "---" not in line]
    listed = [tuple(cell.strip().strip("`") for cell in row) for row in rows[1:]]  # without the header
    assert listed == [(kind.name, kind.spec, kind.summary) for kind in KINDS]


def test_every_command_is_in_the_readme() -> None:
    usage = README.split("## Command line")[1].split("```")[1]
    assert {line.split()[1] for line in usage.strip().splitlines() if len(line.split()) > 1
            and not line.split()[1].startswith(("[", "#"))} == COMMAND_NAMES
