#!/usr/bin/env python3
"""Reads every .html file of a folder with pandas.read_html (flavor lxml), as nianbao-bench's reference.

Prints one JSON line: files read, tables found, files pandas could not read, and the seconds spent reading
(pandas is imported before the clock starts, so its start-up is not counted against it).
Exits with status 2 and a JSON line holding "skipped" when pandas or lxml is not installed.

Usage: python3 Benchmarks/read_html.py FOLDER
"""
import json
import os
import sys
import time


def main():
    if len(sys.argv) != 2:
        print("usage: read_html.py FOLDER", file=sys.stderr)
        return 64
    try:
        import lxml  # noqa: F401  (read_html's lxml flavor needs it, and says so only when first called)
        import pandas
    except ImportError as error:
        print(json.dumps({"skipped": f"{error.name} is not installed"}))
        return 2
    folder = sys.argv[1]
    paths = sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".html"))
    tables = 0
    failed = 0
    start = time.perf_counter()
    for path in paths:
        try:
            tables += len(pandas.read_html(path, flavor="lxml"))
        except ValueError:  # "No tables found"
            failed += 1
    seconds = time.perf_counter() - start
    print(json.dumps({"files": len(paths), "tables": tables, "failed": failed, "seconds": seconds,
                      "pandas": pandas.__version__}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
