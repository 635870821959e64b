#!/usr/bin/env bash
# Everything the tests need, then the tests: the README's test command, and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian packages some tests use, installed when missing: espeak-ng (speech tests render real
# audio); the graphical kiosk session (cage, foot, xwayland, the fonts) with grim and tesseract
# to photograph and read it; console-setup-linux, the console fonts of the TERM=linux tests;
# cups-daemon and cups-client, a print server of the tests' own, and poppler-utils with
# poppler-data to read the printed slips back (Chinese included); chromium, the browser the
# tests of `walkthrough serve` drive (tests/browser, with Playwright: it downloads no browser).
# Tests whose packages could not be installed are skipped, and say which.
packages=(espeak-ng cage foot xwayland grim fonts-noto-cjk fonts-dejavu-core tesseract-ocr
    tesseract-ocr-chi-sim console-setup-linux cups-daemon cups-client poppler-utils poppler-data chromium)
missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]})); then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") \
        >/dev/null || echo "could not install: ${missing[*]}" >&2
fi
python -m pip install -q -e ".[test]"
# The rules every change keeps (see README, Tests), each run even when one before it failed.
failed=()
check() {
    local step=$1
    shift
    echo "tests/run.sh: $step"
    "$@" || failed+=("$step")
}
check "ruff check" ruff check walkthrough tests
check "ruff format" ruff format --check walkthrough tests
check "mypy" mypy walkthrough
check "import contracts" lint-imports --no-cache
if ((${#failed[@]})); then
    for step in "${failed[@]}"; do
        echo "tests/run.sh: FAILED: $step" >&2
    done
    exit 1
fi
echo "tests/run.sh: pytest"
# Four processes: most of the run waits on real terminals and timers, not on the CPU.
python -m pytest -n 4 || { echo "tests/run.sh: FAILED: pytest" >&2; exit 1; }
