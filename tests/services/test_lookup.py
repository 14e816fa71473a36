"""The one rule every export and the .ics import use to find what a user names."""

from __future__ import annotations

import unicodedata

import pytest

from desktop_app.services.errors import UserError
from desktop_app.services.lookup import delegates_by_id, find_delegate, find_delegation, find_project
from tests.formats.ics_fixtures import sample_plan

PLAN = sample_plan()


@pytest.mark.parametrize("typed", ["ANNA@sales.example", "anna  müller", unicodedata.normalize("NFD", "Anna Müller"),
                                   " Anna Müller "])
def test_a_delegate_by_email_or_name_up_to_case_spaces_and_normalisation(typed: str) -> None:
    assert find_delegate(PLAN, typed).id == 1


def test_native_and_display_names_find_the_delegate() -> None:
    assert find_delegate(PLAN, "黃嘉敏").id == find_delegate(PLAN, "Wong Ka-man 黃嘉敏").id == 2


def test_delegations_projects_and_ids() -> None:
    assert find_delegation(PLAN, "EUROPEAN  sales").id == 1
    project = PLAN.projects[0]
    assert find_project(PLAN, project.original_title or project.title).id == project.id
    assert [d.id for d in delegates_by_id(PLAN, [2, 1])] == [2, 1]
    with pytest.raises(UserError, match="no delegate with id 7"):
        delegates_by_id(PLAN, [7])
