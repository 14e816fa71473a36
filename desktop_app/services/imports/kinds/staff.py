"""Importing staff: interpreters, assistants, drivers (delegates of kind staff).

Columns: ``name`` and ``role`` (required: what they do, "Interpreter", "Driver"), ``native_name``,
``languages`` (BCP 47 tags separated by ``;``, ``,`` or spaces: ``ko; yue; en``), ``email``,
``phone``, ``home_timezone``, ``notes``. A row matches a person by email, else by exact name,
among delegates and staff alike (a delegate listed here becomes staff). A blank cell keeps what
the plan holds. Stays and availability are imported as for delegates (``--as stays``,
``--as availability``): staff are delegates in every other respect.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.languages import parse_languages
from desktop_app.domain.people import Delegate, PersonKind
from desktop_app.formats.tabular import TableRow
from desktop_app.services.imports.context import ImportContext

from .people import person_row, texts

_STAFF_TEXT = ("native_name", "email", "phone", "role", "notes")
_STAFF_FIELDS = ("name", *_STAFF_TEXT, "home_timezone", "languages", "kind")


def import_staff(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    for row in rows:
        reader = ctx.reader(row)
        values: dict[str, Any] = {"name": reader.text("name", required=True), "kind": PersonKind.STAFF}
        reader.text("role", required=True)
        values.update(texts(reader, _STAFF_TEXT))
        if reader.given("home_timezone"):
            values["home_timezone"] = reader.zone("home_timezone")
        if reader.given("languages"):
            try:
                values["languages"] = parse_languages(reader.text("languages"))
            except ValidationError as error:
                reader.problem("languages", error.reason)
        person_row(ctx, reader, values, ctx.lookup.delegates, Delegate, _STAFF_FIELDS, None, "staff member")
