"""Running a user action again when the database gave it up to let another manager's through.

A deadlock or serialization failure rolls the whole transaction back, so the action (one
service call: one transaction) can simply run again: a relative change (a shift) then applies
on top of the other's, an absolute one with ``expected`` is refused if the row changed. After
the last attempt the failure is reported as one line, like any other.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from desktop_app.storage.errors import TransientConflict

T = TypeVar("T")
log = logging.getLogger(__name__)

ATTEMPTS = 6
FIRST_PAUSE_S = 0.02


def retrying(work: Callable[[], T], *, attempts: int = ATTEMPTS, sleep: Callable[[float], None] = time.sleep) -> T:
    """``work()``, run again (up to ``attempts`` times in all, with a growing random pause)
    while it fails with a ``TransientConflict``."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except TransientConflict as error:
            if attempt == attempts:
                raise
            log.info("attempt %d gave way to another change (%s); trying again", attempt, error)
            sleep(random.uniform(0.5, 1.5) * FIRST_PAUSE_S * 2 ** (attempt - 1))
    raise AssertionError("unreachable")
