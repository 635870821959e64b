"""Content figure: time and peak memory to load and validate every language of the bundled
content. Run by run.py in its own process (so imports and tracemalloc start clean); prints JSON.

    python tests/benchmarks/content_bench.py [--runs 10]
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from walkthrough.content import bundled_content_dir, load_content


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

    print(
        json.dumps(
            {
                "languages": list(content.languages),
                "first_s": first,
                "median_s": statistics.median(times),
                "max_s": max(times),
                "peak_bytes": statistics.median(peaks),
                "runs": runs,
            }
        )
    )


if __name__ == "__main__":
    main()
