"""Third-party rules plug in through the `bedside.checks` entry-point group."""

from __future__ import annotations

import json
import os
import subprocess
import textwrap

from conftest import BEDSIDE, ROOT, make_message

PLUGIN = textwrap.dedent('''
    from bedside.checks.model import Action, Category, Explanation, Hit, Rule

    def _bleep(scan):
        i = scan.body.text.find("bleep 1234")
        if i != -1:
            yield Hit(scan.body, i, i + 10, "bleep ****", "a bleep number")

    RULES = [Rule("LOC001", "bleep-number", Category.PATIENT, Action.HOLD, "Local rule fired",
                  Explanation("w", "y", "h"), _bleep)]
''')


def _install_plugin(tmp_path):
    (tmp_path / "bedside_demo_plugin.py").write_text(PLUGIN)
    dist = tmp_path / "bedside_demo_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: bedside-demo-plugin\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[bedside.checks]\ndemo = bedside_demo_plugin:RULES\n")


def test_entry_point_rule_is_listed_and_runs(tmp_path):
    _install_plugin(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    listed = subprocess.run([*BEDSIDE, "rules"], capture_output=True, env=env, cwd=ROOT, timeout=60)
    assert b"LOC001" in listed.stdout
    raw = make_message("please bleep 1234 when ready")
    checked = subprocess.run([*BEDSIDE, "check", "--format", "json", "-"], input=raw, capture_output=True,
                             env=env, cwd=ROOT, timeout=60)
    obj = json.loads(checked.stdout)
    assert [f["rule"] for f in obj["findings"]] == ["LOC001"] and checked.returncode == 1
