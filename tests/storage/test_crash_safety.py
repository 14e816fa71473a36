"""A kill at any moment leaves a valid plan holding exactly the committed user actions."""

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from desktop_app.storage.plan_store import PlanStore

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from desktop_app.domain.activities import Activity, Attendance
    from desktop_app.domain.people import Delegate
    from desktop_app.storage.plan_store import PlanStore

    store = PlanStore.create(sys.argv[1])
    with store.write() as tx:
        a = tx.add(Delegate(None, "Anna Müller"))
        b = tx.add(Delegate(None, "黃嘉敏"))
    start = datetime(2025, 3, 17, 1, 0, tzinfo=UTC)
    print("ready", flush=True)
    n = 0
    while True:  # each iteration is one user action: an activity and its two attendees
        with store.write() as tx:
            tx.add(Activity(None, f"Meeting {n}", start, start + timedelta(minutes=30), "Asia/Hong_Kong",
                            attendees=(Attendance(a.id), Attendance(b.id))))
        n += 1
    """
)


def test_kill_during_writes_leaves_a_valid_plan(tmp_path: Path) -> None:
    path = tmp_path / "killed.dplan"
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, cwd=Path(__file__).parents[2]
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == b"ready"
    time.sleep(1.5)
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()

    store = PlanStore.open(path)  # recovers from the WAL; must not raise
    plan = store.read()
    store.close()
    assert len(plan.activities) > 0
    assert all(len(activity.attendees) == 2 for activity in plan.activities)  # no half-written action
    titles = sorted(int(a.title.split()[1]) for a in plan.activities)
    assert titles == list(range(len(titles)))  # committed actions form an unbroken prefix
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
