"""The PyInstaller bundle against ``python -m desktop_app`` in the same run: a whole process from
start to the window painted with a plan in it (``--screenshot``, offscreen: open the plan, lay out
the window, render it, exit), and to ``--version``.

    python -m benchmarks.bench_bundle --bundle dist/delegation-planner-0.1.0/delegation-planner [--plan P]

packaging/build-linux.sh runs it after each build. The first run of each is reported apart: it is
the coldest start this machine allows (the files may still be in the page cache from the build).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(command: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, required=True, help="the bundle's executable")
    parser.add_argument("--plan", type=Path, help="the plan to show (default: a new demo plan)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as scratch_name:
        scratch = Path(scratch_name)
        env = {"PATH": "/usr/bin:/bin", "HOME": str(scratch), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
               "DELEGATION_PLANNER_DATA_DIR": str(scratch / "data")}
        plan = args.plan
        if plan is None:
            plan = scratch / "demo.dplan"
            subprocess.run([str(args.bundle.resolve()), "new", str(plan), "--demo"], env=env, check=True,
                           capture_output=True)
        kinds = {"bundle": [str(args.bundle.resolve())],
                 "python -m desktop_app": [sys.executable, "-m", "desktop_app"]}
        python_env = {**env, "PYTHONPATH": str(root)}
        print(f"{'start to':<32}{'kind':<24}{'first':>8}{'median':>9}{'best':>8}  ({args.repeat} runs, s)")
        for label, extra in (("window painted with the plan", ["--screenshot", str(scratch / "shot.png"),
                                                               str(plan)]),
                             ("--version", ["--version"])):
            samples: dict[str, list[float]] = {kind: [] for kind in kinds}
            for _ in range(args.repeat):  # interleaved, so a busy moment hits both alike
                for kind, command in kinds.items():
                    samples[kind].append(timed(command + extra, python_env if kind != "bundle" else env, scratch))
            for kind, values in samples.items():
                print(f"{label:<32}{kind:<24}{values[0]:8.2f}{statistics.median(values):9.2f}{min(values):8.2f}")
            ratio = statistics.median(samples["bundle"]) / statistics.median(samples["python -m desktop_app"])
            print(f"{'':<32}{'bundle / python':<24}{'':>8}{ratio:8.2f}×")
    print(f"load average: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
