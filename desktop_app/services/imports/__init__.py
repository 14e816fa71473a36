"""Importing files into a plan: the pipeline, the table of kinds, and one importer per kind.

``pipeline`` runs an import (all or nothing, dry runs, partial corrections, confirmation before
cancelling), ``catalogue`` lists the kinds, ``mapping`` says which file column is which,
``kinds/`` reads each kind's rows, ``calendar`` reads .ics files, ``classify`` names what changed
in an activity, ``report`` is what an import returns.
"""

from .catalogue import KIND_NAMES, KINDS, ImportKind, kind_named
from .mapping import (
    ColumnMapping,
    MappingCheck,
    check_mapping,
    fitting_mapping,
    mapping_identity,
    read_import_table,
    suggest_mapping,
)
from .pipeline import (
    CALENDAR_SUFFIXES,
    ImportOptions,
    ImportProgress,
    ImportStage,
    RemovalsNeedConfirmation,
    import_file,
    import_table,
)
from .report import ChangeKind, ImportChange, ImportRejected, ImportReport, RowProblem

__all__ = [
    "CALENDAR_SUFFIXES",
    "KINDS",
    "KIND_NAMES",
    "ChangeKind",
    "ColumnMapping",
    "ImportChange",
    "ImportKind",
    "ImportOptions",
    "ImportProgress",
    "ImportRejected",
    "ImportReport",
    "ImportStage",
    "MappingCheck",
    "RemovalsNeedConfirmation",
    "RowProblem",
    "check_mapping",
    "fitting_mapping",
    "import_file",
    "import_table",
    "kind_named",
    "mapping_identity",
    "read_import_table",
    "suggest_mapping",
]
