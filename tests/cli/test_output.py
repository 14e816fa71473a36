"""The one JSON printer every command uses."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli.output import print_json


def test_json_is_indented_utf8_and_one_document(capsys: pytest.CaptureFixture[str]) -> None:
    print_json({"name": "黃嘉敏", "bound": 12})
    out = capsys.readouterr().out
    assert out.endswith("}\n") and "黃嘉敏" in out and '\n  "bound": 12' in out
    assert json.loads(out) == {"name": "黃嘉敏", "bound": 12}


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_a_number_json_cannot_hold_is_never_printed(capsys: pytest.CaptureFixture[str], value: float) -> None:
    with pytest.raises(ValueError):
        print_json({"bound": value})
    out = capsys.readouterr().out
    assert "NaN" not in out and "Infinity" not in out
