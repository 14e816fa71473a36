"""A multi-line notes field with a sane limit: notes are for people to read, not for whole documents.

A paste that would go past the limit is refused at once (a 10 MB paste never reaches the
field); text past it by any other way is refused on save. Either way the reason is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Signal
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from desktop_app.domain.errors import ValidationError

MAX_NOTE_CHARACTERS = 100_000
"""About 40 printed pages."""


class NotesEdit(QPlainTextEdit):
    refused = Signal(str)
    """(reason) when a paste was too long to take."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._lines = lines
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        # No taller than it asks: long notes scroll, and the fields below stay in sight.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * self._lines * 2 + 12)

    def set_text(self, text: str) -> None:
        self.setPlainText(text)

    def length(self) -> int:
        return self.document().characterCount() - 1  # the document counts its closing paragraph mark

    def text(self, field: str = "notes") -> str:
        """The notes; raises ``ValidationError(field)`` past the limit."""
        length = self.length()
        if length > MAX_NOTE_CHARACTERS:
            raise ValidationError(field, self.too_long(length))
        return self.toPlainText()

    def too_long(self, length: int) -> str:
        return (self.tr("is %1 characters long; notes hold at most %2. Keep long documents elsewhere and "
                        "put their link in the URL field.")
                .replace("%1", f"{length:,}").replace("%2", f"{MAX_NOTE_CHARACTERS:,}"))

    def insertFromMimeData(self, source: QMimeData) -> None:
        selected = len(self.textCursor().selectedText())
        length = self.length() - selected + len(source.text())
        if source.hasText() and length > MAX_NOTE_CHARACTERS:
            self.refused.emit(self.tr("Not pasted: the notes would be %1 characters long; they hold at most %2.")
                              .replace("%1", f"{length:,}").replace("%2", f"{MAX_NOTE_CHARACTERS:,}"))
            return
        super().insertFromMimeData(source)
