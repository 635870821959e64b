"""Content figure: time and peak memory to load and validate every language of the bundled
content, and to start from its checked copy instead (walkthrough.content.cache). Run by run.py
in its own process (so imports and tracemalloc start clean); prints JSON.

    python tests/benchmarks/content_bench.py [--runs 10]
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from walkthrough.content import bundled_content_dir, load_content
from walkthrough.content.cache import load_saved, save

# A start on unchanged content, as the command line does it: import the cache, read the copy.
FRESH_START = """
import sys, time
started = time.perf_counter()
from walkthrough.content.cache import load_saved
from pathlib import Path
assert load_saved(Path(sys.argv[1]), Path(sys.argv[2])) is not None
print(time.perf_counter() - started)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    folder = bundled_content_dir()

    started = time.perf_counter()
    content = load_content(folder)  # the first load also pays for lazy imports and caches
    first = time.perf_counter() - started

    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        load_content(folder)
        times.append(time.perf_counter() - started)

    peaks = []
    for _ in range(max(3, runs // 3)):  # tracemalloc slows the load down: peaks are timed apart
        gc.collect()
        tracemalloc.start()
        load_content(folder)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()

    saved = _saved_copy(folder, content, runs)
    print(
        json.dumps(
            {
                "languages": list(content.languages),
                "first_s": first,
                "median_s": statistics.median(times),
                "max_s": max(times),
                "peak_bytes": statistics.median(peaks),
                "runs": runs,
                **saved,
            }
        )
    )


def _saved_copy(folder: Path, content: object, runs: int) -> dict[str, float]:
    """Start from the checked copy: in a fresh process (imports included), then in this one."""
    with tempfile.TemporaryDirectory() as keep:
        directory = Path(keep) / "cache"
        save(folder, directory, content)  # type: ignore[arg-type]
        command = [sys.executable, "-c", FRESH_START, str(folder), str(directory)]
        root = str(Path(__file__).resolve().parents[2])
        fresh = [
            float(
                subprocess.run(command, capture_output=True, text=True, check=True, cwd=root).stdout
            )
            for _ in range(max(3, runs // 3))
        ]
        times = []
        for _ in range(runs):
            gc.collect()
            started = time.perf_counter()
            load_saved(folder, directory)
            times.append(time.perf_counter() - started)
        gc.collect()
        tracemalloc.start()
        load_saved(folder, directory)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return {
        "saved_fresh_s": statistics.median(fresh),
        "saved_median_s": statistics.median(times),
        "saved_peak_bytes": peak,
    }


if __name__ == "__main__":
    main()
