"""Following the system's colour scheme: a dark window when the system is dark.

Where the platform gives Qt a dark palette itself (macOS, Windows 11, GNOME and KDE with their
platform themes), nothing is changed. Where the system says "dark" but the palette stayed light
(styles that ignore the scheme), the application gets Fusion and ``dark_palette()``, and gets
its own palette back when the system turns light again. Our own colours (``style.colours()``)
follow whichever palette is in use.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.ui import style

# Styles that draw native controls and do not take a dark palette from us.
_NATIVE_STYLES = frozenset({"windows", "windowsvista"})


def dark_palette() -> QPalette:
    """A neutral dark palette; text on base reads at 13:1, selected text at 5.5:1."""
    text, window, base, alternate = "#e6e6e6", "#2d2d2d", "#1e1e1e", "#262626"
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: alternate,
        QPalette.ColorRole.ToolTipBase: window, QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: "#9a9a9a", QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: "#353535", QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: "#ff8a80", QPalette.ColorRole.Light: "#454545",
        QPalette.ColorRole.Midlight: "#3a3a3a", QPalette.ColorRole.Mid: "#262626",
        QPalette.ColorRole.Dark: "#191919", QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#2f65ca", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.LinkVisited: "#c58af9",
    }
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#404040"))
    return palette


class Appearance(QObject):
    """Keeps the application's palette in step with the system's colour scheme."""

    scheme_changed = Signal(bool)
    """Whether the window is now dark."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("appearance")
        self._app = app
        self._system_palette: QPalette | None = None  # kept while ours is in use
        self._system_style = ""
        self._forced: Qt.ColorScheme | None = None
        app.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    @classmethod
    def of(cls, app: QApplication) -> Appearance:
        """The application's one ``Appearance``, made on first use."""
        found = app.findChild(Appearance, "appearance")
        return found if isinstance(found, Appearance) else cls(app)

    @property
    def is_dark(self) -> bool:
        return style.is_dark(self._app.palette())

    def force(self, scheme: Qt.ColorScheme | None) -> None:
        """Use ``scheme`` whatever the system says (``--color-scheme``); None follows the system again."""
        hints = self._app.styleHints()
        if scheme is not None:
            hints.setColorScheme(scheme)  # platforms that can switch do so natively
        elif self._forced is not None:
            hints.unsetColorScheme()
        self._forced = scheme
        self.follow()

    def follow(self, scheme: Qt.ColorScheme | None = None) -> None:
        """Match ``scheme`` (the system's by default)."""
        wanted = self._forced or scheme or self._app.styleHints().colorScheme()
        was_dark = self.is_dark
        if wanted == Qt.ColorScheme.Dark and not self.is_dark:
            self._system_palette = QPalette(self._app.palette())
            self._system_style = self._app.style().name()
            if self._system_style.lower() in _NATIVE_STYLES:
                self._app.setStyle("Fusion")
            self._app.setPalette(dark_palette())
        elif wanted != Qt.ColorScheme.Dark and self._system_palette is not None:
            if self._system_style and self._system_style != self._app.style().name():
                self._app.setStyle(self._system_style)
            self._app.setPalette(self._system_palette)
            self._system_palette = None
        if self.is_dark != was_dark:
            self.scheme_changed.emit(self.is_dark)

    def _on_system_scheme(self, scheme: Qt.ColorScheme) -> None:
        self.follow(scheme)


class _SchemeColour(QObject):
    """Repaints its label in one of the scheme's colours (``role``) whenever its palette changes."""

    def __init__(self, label: QLabel, role: str) -> None:
        super().__init__(label)
        self._label = label
        self.role = role
        label.installEventFilter(self)

    def repaint(self) -> None:
        palette = self._label.palette()  # its window colour is the new palette's by now
        colour = getattr(style.colours(palette), self.role)
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        self._label.setPalette(palette)  # the same colour again changes nothing: no second event

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # not ApplicationPaletteChange: it comes before the label's palette (and the
        # application's, as QApplication.palette() reports it) has changed
        if event.type() == QEvent.Type.PaletteChange:
            self.repaint()
        return False


def mark_as_error(label: QLabel) -> QLabel:
    """Show ``label``'s text in the error colour of the current scheme, now and after a change."""
    return mark_in_colour(label, "error_text")


def mark_in_colour(label: QLabel, role: str) -> QLabel:
    """Show ``label``'s text in the scheme's ``role`` colour (a ``style.Colours`` field), now and
    after a change of scheme; marking it again only changes the role."""
    marker = label.findChild(_SchemeColour)
    if marker is None:
        marker = _SchemeColour(label, role)
    marker.role = role
    marker.repaint()
    return label
