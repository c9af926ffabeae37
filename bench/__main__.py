"""Run every benchmark module, print each figure and write bench/results.json.

python -m bench            # all modules
python -m bench checklist  # only bench_checklist.py (other figures in results.json kept)
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> int:
    wanted = set(sys.argv[1:])
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    results = []
    for name in modules:
        if wanted and name.removeprefix("bench_") not in wanted:
            continue
        module = importlib.import_module(f"bench.{name}")
        print(f"== {name}", flush=True)
        for result in module.run():
            print(
                f"{result.name:<48} {result.value:>12.4g} {result.unit:<8}"
                f" baseline {result.baseline:>12.4g}  ratio {result.ratio:>7.2f}x",
                flush=True,
            )
            results.append(result.as_dict())
    out = HERE / "results.json"
    if wanted and out.exists():  # a partial run refreshes its own figures and keeps the others
        fresh = {r["name"] for r in results}
        kept = [r for r in json.loads(out.read_text(encoding="utf-8")) if r["name"] not in fresh]
        results = kept + results
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(results)} figures to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
