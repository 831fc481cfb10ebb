"""Where the rules' vocabulary lives: regex alternatives written in code (checks/) against entries in
data files (config/wordlists/). Issue 15 asks for the code side to fall to a few hundred at most.

    python bench/vocabulary.py            # totals, and the modules with the most alternatives
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _alternatives(pattern: str) -> int:
    # '|' outside character classes and not escaped: each adds one alternative to a regex.
    pattern = re.sub(r"\\.", "", pattern)
    pattern = re.sub(r"\[[^\]]*\]", "", pattern)
    return pattern.count("|")


def code_alternatives() -> dict[str, int]:
    counts: dict[str, int] = {}
    for path in sorted((ROOT / "checks").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        total = 0
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "compile":
                for arg in node.args[:1]:
                    for sub in ast.walk(arg):
                        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                            total += _alternatives(sub.value)
        if total:
            counts[str(path.relative_to(ROOT))] = total
    return counts


def data_entries() -> int:
    n = 0
    for path in (ROOT / "config" / "wordlists").iterdir():
        text = path.read_text("utf-8")
        if path.suffix == ".toml":
            n += len(re.findall(r"^\s*(?:\[\[term\]\]|[\"'][^\"']+[\"']\s*,?\s*$)", text, re.M))
        else:
            n += sum(1 for line in text.splitlines() if line.split("#", 1)[0].strip())
    return n


if __name__ == "__main__":
    counts = code_alternatives()
    print(f"regex alternatives written in checks/: {sum(counts.values())}")
    for name, n in sorted(counts.items(), key=lambda kv: -kv[1])[:int(sys.argv[1]) if len(sys.argv) > 1 else 12]:
        print(f"  {n:5d}  {name}")
    print(f"entries in config/wordlists/: {data_entries()}")
