"""Importing files into a plan: the pipeline, the table of kinds, and one importer per kind.

``pipeline`` runs an import (all or nothing, dry runs, partial corrections, confirmation before
cancelling), ``catalogue`` lists the kinds, ``kinds/`` reads each kind's rows, ``calendar``
reads .ics files, ``classify`` names what changed in an activity, ``report`` is what an import
returns.
"""

from .catalogue import KIND_NAMES, KINDS, ImportKind, kind_named
from .pipeline import ImportOptions, RemovalsNeedConfirmation, import_file, import_table
from .report import ChangeKind, ImportChange, ImportRejected, ImportReport, RowProblem

__all__ = [
    "KINDS",
    "KIND_NAMES",
    "ChangeKind",
    "ImportChange",
    "ImportKind",
    "ImportOptions",
    "ImportRejected",
    "ImportReport",
    "RemovalsNeedConfirmation",
    "RowProblem",
    "import_file",
    "import_table",
    "kind_named",
]
