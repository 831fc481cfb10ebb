"""`pip install .` ships everything bedside reads at run time, without a setuptools warning: the
word lists, the hostile-language model, the emails' and the web app's templates, the style sheet.
(Without config/models in the wheel, every message checked by an installed bedside would be held:
OFF007 would fail, and a failing rule fails closed.)"""

from __future__ import annotations

import subprocess
import sys
import zipfile

from conftest import ROOT


def test_the_wheel_carries_every_data_file_and_builds_without_warnings(tmp_path):
    # Offline: the venv's own setuptools (the dev extra), no build environment fetched.
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                            "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300,
                           cwd=tmp_path)
    assert built.returncode == 0, built.stderr[-2000:]
    assert "Warning" not in built.stdout + built.stderr, (built.stdout + built.stderr)[-3000:]
    (wheel,) = tmp_path.glob("bedside-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = {f"bedside/config/{p.relative_to(ROOT / 'config')}" for p in (ROOT / "config").rglob("*")
              if p.is_file() and p.suffix in (".toml", ".txt", ".bin")}
    wanted |= {f"bedside/templates/{p.relative_to(ROOT / 'templates')}" for p in (ROOT / "templates").rglob("*.j2")}
    wanted |= {f"bedside/proxy/web/static/{p.name}" for p in (ROOT / "proxy" / "web" / "static").iterdir()}
    assert "bedside/config/models/offensive.bin" in wanted
    assert wanted <= names, sorted(wanted - names)
