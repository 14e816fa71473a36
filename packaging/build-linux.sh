#!/usr/bin/env bash
# Build the Linux bundle into dist/ with PyInstaller, then smoke-test it as a user would start it:
# the version, a demo plan, a pack export (PDFs in every script, calendars), the meeting scheduler
# and the stand roster (OR-Tools' native solvers inside the bundle), the window drawn offscreen,
# and its start against `python -m desktop_app`. Prints the build time and the bundle's size.
#
#   packaging/build-linux.sh              # uses .venv/bin/python (PYTHON=... to choose another)
#
# Needs the project installed in that Python with the packaging extra: pip install -e ".[packaging]".
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
BUNDLE="dist/delegation-planner-$VERSION"
APP="$BUNDLE/delegation-planner"

"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || "$PYTHON" -m pip install -q "pyinstaller>=6.10"

started=$(date +%s.%N)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/delegation_planner.spec
built=$(date +%s.%N)
printf 'build: %.0f s\n' "$(echo "$built - $started" | bc)"
printf 'bundle: %s, %s in %s files\n' "$BUNDLE" "$(du -sh "$BUNDLE" | cut -f1)" "$(find "$BUNDLE" -type f | wc -l)"
# share/: what puts the bundle in the desktop's menus (see packaging/README.md)
mkdir -p "$BUNDLE/share"
cp packaging/delegation-planner.desktop packaging/delegation-planner.mime.xml \
   packaging/io.github.delegation_planner.DelegationPlanner.metainfo.xml packaging/install-desktop-integration.sh \
   "$BUNDLE/share/"
cp -r resources/icons "$BUNDLE/share/icons"
(cd dist && tar -czf "delegation-planner-$VERSION-linux-$(uname -m).tar.gz" "delegation-planner-$VERSION")
printf 'archive: %s\n' "$(du -sh "dist/delegation-planner-$VERSION-linux-$(uname -m).tar.gz" | cut -f1)"

# --- smoke test: a bare environment, a scratch home, nothing from this checkout -------------
scratch=$(mktemp -d /tmp/delegation-planner-smoke.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
run() {  # the bundle as a desktop would start it: no PYTHONPATH, no venv, its own data folder
  (cd "$scratch" && env -i PATH=/usr/bin:/bin HOME="$scratch" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
     DELEGATION_PLANNER_DATA_DIR="$scratch/data" "$OLDPWD/$APP" "$@")
}
ok() { printf 'smoke: %-62s ok\n' "$1"; }
fail() { printf 'smoke: %s: FAILED\n' "$1" >&2; exit 1; }

[ "$(run --version)" = "delegation-planner $VERSION" ] || fail "--version"; ok "--version"
run new demo.dplan --demo >/dev/null || fail "new --demo"; ok "new demo.dplan --demo"
run export pack demo.dplan pack >/dev/null || fail "export pack"
pdfs=$(find "$scratch/pack" -name '*.pdf' | wc -l); ics=$(find "$scratch/pack" -name '*.ics' | wc -l)
[ "$pdfs" -ge 20 ] && [ "$ics" -ge 20 ] || fail "export pack: $pdfs PDFs, $ics calendars"
ok "export pack: $pdfs PDFs, $ics calendars"
if command -v pdffonts >/dev/null; then
  pdffonts "$scratch/pack/delegates/Kim Ji-woo 김지우.pdf" | grep -q 'WenQuanYiMicroHei.* yes yes yes' \
    && pdffonts "$scratch/pack/delegates/Siriporn Chaiyaphum ศิริพร ชัยภูมิ.pdf" | grep -q 'Loma.* yes yes yes' \
    || fail "fonts embedded in the itineraries"
  ok "itineraries embed WenQuanYi (Hangul) and Loma (Thai)"
fi
# A plan large enough for the export pool (the demo's pack is rendered in-process): the frozen
# executable must start itself as the workers (multiprocessing.freeze_support in __main__).
"$PYTHON" -m benchmarks.generate_plan --delegates 60 --activities 5000 "$scratch/big.dplan" >/dev/null
run export pack big.dplan big-pack --workers 2 >/dev/null || fail "export pack --workers 2"
big=$(find "$scratch/big-pack" -name '*.pdf' | wc -l)
[ "$big" -eq 61 ] || fail "export pack --workers 2: $big PDFs of 61"
ok "export pack --workers 2, 60 delegates (pooled): $big PDFs"
summary() { "$PYTHON" -c "import json, sys; r = json.load(open(sys.argv[1], encoding='utf-8')); print($1)" "$2"; }
for solver in highs cpsat; do  # both OR-Tools back ends, each a native library of its own
  run schedule demo.dplan --solver "$solver" --time-limit 10 --json > "$scratch/schedule-$solver.json" \
    || fail "schedule --solver $solver"
  ok "schedule ($solver): $(summary '"%d placed, %d not, optimal=%s, %.1f s" % (len(r["placed"]), len(r["unplaced"]), r["optimal"], r["seconds"])' "$scratch/schedule-$solver.json")"
done
run roster demo.dplan --time-limit 10 --json > "$scratch/roster.json" || fail "roster"
ok "roster: $(summary '"%d shifts, optimal=%s" % (len(r["shifts"]), r["optimal"])' "$scratch/roster.json")"
run --screenshot "$scratch/window.png" >/dev/null && [ -s "$scratch/window.png" ] || fail "--screenshot"
ok "--screenshot (offscreen): $(du -h "$scratch/window.png" | cut -f1) PNG, saved as dist/smoke-window.png"
cp "$scratch/window.png" dist/smoke-window.png

# --- start to a painted window, bundle against python -m desktop_app, same run --------------
"$PYTHON" -m benchmarks.bench_bundle --bundle "$APP" --plan "$scratch/demo.dplan"
