"""A manager in a process of their own, for tests/services/test_concurrency.py.

    python tests/concurrency_worker.py shift PLAN WORKER EDITS REF...
        runs ``delegation-planner edit PLAN REF --shift 5 --by WORKER`` EDITS times (REFs in turn),
        in this process, and prints the exit codes that were not 0
    python tests/concurrency_worker.py race PLAN WORKER REF START_FILE
        reads the activity, waits for START_FILE, then saves it with a new title as an editor
        does (expected = as read); prints "won" or the conflict message
"""

from __future__ import annotations

import contextlib
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def shift(plan: str, worker: str, edits: int, refs: list[str]) -> int:
    from desktop_app.__main__ import main

    failures: list[str] = []
    for number in range(edits):
        ref = refs[number % len(refs)]
        errors = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(errors):
            code = main(["edit", plan, ref, "--shift", "5", "--by", worker])
        if code != 0:
            failures.append(f"{ref}: {code} {errors.getvalue().strip()}")
    print("\n".join(failures))
    return 1 if failures else 0


def race(plan: str, worker: str, ref: str, start_file: str) -> int:
    import dataclasses

    from desktop_app.services import plan_service
    from desktop_app.services.editing.activities import save_activity
    from desktop_app.services.editing.activity_edit import find_activity
    from desktop_app.services.editing.journal import EditConflict

    plan_service.use_manager_name(worker)
    with plan_service.open_plan(plan_service.location_of(plan)) as store:
        read = find_activity(store.read(), ref)
        print("read", flush=True)
        while not Path(start_file).exists():
            time.sleep(0.001)
        try:
            save_activity(store, dataclasses.replace(read, title=f"Renamed by {worker}"), expected=read)
        except EditConflict as conflict:
            print(f"conflict: {conflict}")
            return 0
    print("won")
    return 0


if __name__ == "__main__":
    command, plan_text, worker_name, *rest = sys.argv[1:]
    if command == "shift":
        sys.exit(shift(plan_text, worker_name, int(rest[0]), rest[1:]))
    sys.exit(race(plan_text, worker_name, rest[0], rest[1]))
