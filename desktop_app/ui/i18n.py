"""The window's language: English or Traditional Chinese (Hong Kong), chosen in Preferences or
followed from the system.

The system's language is read by Qt from the environment (``LANG``, ``LC_ALL``, ``LC_MESSAGES``
on Unix; the user's settings on Windows and macOS), so it works where the C library has no such
locale installed. Installing a language loads our translation, Qt's own (standard buttons and
dialogs) and sets the default ``QLocale``, which ``window_dates`` and Qt's widgets format with.
Exports never follow it (see ``domain.dates_text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.resources import translations_dir

SYSTEM = ""
"""The setting's value for "as the system"."""
ENGLISH = "en"
CHINESE_HK = "zh_HK"
LANGUAGES = {ENGLISH: "English", CHINESE_HK: "中文（香港）"}
"""Each language's name, as its own speakers write it (so anyone finds theirs)."""

CATALOGUE = "delegation_planner"
# Qt ships no zh_HK catalogue for its own dialogs: Taiwan's is the Traditional one.
QT_CATALOGUES = {CHINESE_HK: "qtbase_zh_TW"}


def system_language(locale: QLocale | None = None) -> str:
    """The shipped language nearest the system's: Chinese in Traditional script (Hong Kong,
    Macau, Taiwan) is ours; Simplified Chinese and everything else read English."""
    locale = locale if locale is not None else QLocale.system()
    if locale.language() == QLocale.Language.Chinese and locale.script() != QLocale.Script.SimplifiedHanScript:
        return CHINESE_HK
    return ENGLISH


def chosen_language(setting: str, override: str = "") -> str:
    """``--language`` wins, then Preferences, then the system; unknown names read as the system."""
    for wanted in (override, setting):
        if wanted in LANGUAGES:
            return wanted
    return system_language()


def window_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers are shown in: the system's when it speaks the language (an
    English user in Singapore keeps her own date order), else the language's own."""
    system = system if system is not None else QLocale.system()
    if system_language(system) == language and (language != ENGLISH or system.language() == QLocale.Language.English):
        return system
    return QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalHanScript, QLocale.Country.HongKong) \
        if language == CHINESE_HK else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@dataclass
class Installed:
    """The translators in the application now, so a switch can take them out again."""

    language: str = ENGLISH
    translators: list[QTranslator] = field(default_factory=list)


_installed = Installed()


def install_language(app: QCoreApplication, language: str) -> str:
    """Make the window speak ``language``; returns it. Widgets built afterwards are in it; ones
    already built get a ``LanguageChange`` event."""
    for translator in _installed.translators:
        app.removeTranslator(translator)
    _installed.translators.clear()
    catalogues = [(translations_dir(), f"{CATALOGUE}_{language}")]
    if language in QT_CATALOGUES:
        catalogues.append((Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                           QT_CATALOGUES[language]))
    for folder, name in catalogues:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):  # English has a catalogue for plurals only
            app.installTranslator(translator)
            _installed.translators.append(translator)
    QLocale.setDefault(window_locale(language))
    _installed.language = language
    return language


def current_language() -> str:
    return _installed.language
