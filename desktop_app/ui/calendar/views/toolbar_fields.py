"""Small fields the calendar toolbars share: who is shown, the snap step, a second time zone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.domain.plan import Plan
from desktop_app.ui.calendar.model.columns import EVERYONE, Group

translate = QCoreApplication.translate


def combo(parent: QWidget, accessible_name: str, tooltip: str = "", *, characters: int = 0) -> QComboBox:
    """A combo box named for screen readers; ``characters`` wide (elided) when given, else as its items."""
    field = QComboBox(parent)
    field.setAccessibleName(accessible_name)
    field.setToolTip(tooltip or accessible_name)
    if characters:
        field.setMinimumContentsLength(characters)
        field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    else:
        field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return field


def fill_groups(field: QComboBox, plan: Plan, *, delegates: bool) -> None:
    """Everyone, each delegation, and (``delegates``) each delegate; the choice kept if still there."""
    current = field.currentData()
    field.blockSignals(True)
    field.clear()
    field.addItem(translate("CalendarToolbar", "Whole delegation"), EVERYONE)
    for delegation in plan.delegations:
        if plan.delegates_of(delegation.id or 0):
            field.addItem(delegation.name, ("delegation", delegation.id or 0))
    if delegates:
        for delegate in plan.delegates:
            field.addItem(delegate.display_name, ("delegate", delegate.id or 0))
    field.setCurrentIndex(max(group_index(field, tuple(current)) if current is not None else 0, 0))
    field.blockSignals(False)


def group_index(field: QComboBox, group: Group) -> int:
    """The item showing ``group``, -1 if none (``findData`` misses: Qt hands a tuple back as a list)."""
    return next((i for i in range(field.count()) if tuple(field.itemData(i) or ()) == tuple(group)), -1)


def chosen_group(field: QComboBox) -> Group:
    data = field.currentData()
    return tuple(data) if data else EVERYONE


def fill_snap(field: QComboBox, choices: tuple[int, ...], current: int) -> None:
    for minutes in choices:
        field.addItem(translate("CalendarToolbar", "{minutes} min").format(minutes=minutes), minutes)
    field.setCurrentIndex(max(field.findData(current), 0))


def fill_second_zones(field: QComboBox, plan: Plan) -> None:
    """No second axis, or a delegate's home zone: 'Kim Ji-woo (Asia/Seoul)'; kept by zone."""
    current = field.currentData()
    field.blockSignals(True)
    field.clear()
    field.addItem(translate("CalendarToolbar", "No second time"), "")
    seen = set()
    for delegate in plan.delegates:
        zone = delegate.home_timezone
        if zone and (delegate.id, zone) not in seen:
            seen.add((delegate.id, zone))
            text = translate("CalendarToolbar", "{name}'s home time ({zone})")
            field.addItem(text.format(name=delegate.name, zone=zone.replace("_", " ")), zone)
    index = field.findData(current) if current else 0
    field.setCurrentIndex(max(index, 0))
    field.blockSignals(False)
