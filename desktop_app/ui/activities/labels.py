"""The window's words for an activity's kind and status, in the window's language.

The domain's labels (``ActivityKind.label``) stay English: exports use them whatever the window
speaks. A kind without a word here (one added later) shows its English label.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.activities import ActivityKind, ActivityStatus

CONTEXT = "ActivityLabels"

KIND_LABELS = {
    ActivityKind.WORKSHOP: QT_TRANSLATE_NOOP("ActivityLabels", "Workshop"),
    ActivityKind.PANEL: QT_TRANSLATE_NOOP("ActivityLabels", "Panel"),
    ActivityKind.NETWORKING: QT_TRANSLATE_NOOP("ActivityLabels", "Networking"),
    ActivityKind.HAF_MEETING: QT_TRANSLATE_NOOP("ActivityLabels", "HAF meeting"),
    ActivityKind.MEETING: QT_TRANSLATE_NOOP("ActivityLabels", "Meeting"),
    ActivityKind.BOOTH_MEETING: QT_TRANSLATE_NOOP("ActivityLabels", "Booth meeting"),
    ActivityKind.SCREENING: QT_TRANSLATE_NOOP("ActivityLabels", "Screening"),
    ActivityKind.RECEPTION: QT_TRANSLATE_NOOP("ActivityLabels", "Reception"),
    ActivityKind.TRAVEL: QT_TRANSLATE_NOOP("ActivityLabels", "Travel"),
    ActivityKind.PERSONAL: QT_TRANSLATE_NOOP("ActivityLabels", "Personal (blocked)"),
}
"""English as the domain says it, marked for translation."""

STATUS_LABELS = {
    ActivityStatus.PROPOSED: QT_TRANSLATE_NOOP("ActivityLabels", "Proposed"),
    ActivityStatus.TENTATIVE: QT_TRANSLATE_NOOP("ActivityLabels", "Tentative ?"),
    ActivityStatus.CONFIRMED: QT_TRANSLATE_NOOP("ActivityLabels", "Confirmed"),
    ActivityStatus.CANCELLED: QT_TRANSLATE_NOOP("ActivityLabels", "Cancelled ✕"),
}
"""As the day's table shows a status: the mark tells tentative and cancelled rows apart without colour."""


def kind_label(kind: ActivityKind) -> str:
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate(CONTEXT, label) if label else kind.label


def status_label(status: ActivityStatus) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS_LABELS[status])
