"""The wheel carries the rule pack and the web page's assets inside the package, so an
installed postlint finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_every_rule_file(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("postlint-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    rule_files = [p for p in (ROOT / "rules").rglob("*") if p.is_file()]
    assert rule_files
    missing = [
        str(p.relative_to(ROOT))
        for p in rule_files
        if f"postlint/rules/{p.relative_to(ROOT / 'rules').as_posix()}" not in names
    ]
    assert not missing, f"not in the wheel: {missing}"
    assert "postlint/py.typed" in names
    assert "postlint/cli.py" in names
    # The web page's bundle, so that postlint serve needs neither Node nor a CDN.
    static = ROOT / "src" / "postlint" / "web" / "static"
    for name in ("index.html", "app.js", "app.css"):
        assert (static / name).is_file()
        assert f"postlint/web/static/{name}" in names


def test_the_sdist_carries_what_its_tests_read(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    import tarfile

    [sdist] = tmp_path.glob("postlint-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in ("docs/rules.md", "docs/cli.md", "SECURITY.md", "CHANGELOG.md", "action.yml"):
        assert needed in names, needed
    assert any(name.startswith("training/politics/batches/") for name in names)


def test_the_wheel_ships_no_build_scripts_and_every_model(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("postlint-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert not any(name.endswith(("build_idf.py", "train.py")) for name in names)
    models = ROOT / "src" / "postlint" / "models"
    for model in models.iterdir():
        if model.is_file():
            assert f"postlint/models/{model.name}" in names, model.name
    metadata = next(name for name in names if name.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Project-URL: Source" in text and "Programming Language :: Python :: 3.11" in text
