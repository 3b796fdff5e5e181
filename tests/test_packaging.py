"""The built wheel carries the templates, so an installed flashgen works from any folder."""

import subprocess
import sys
import zipfile

from conftest import REPO


def test_wheel_ships_templates_and_builds_decks_from_another_folder(tmp_path):
    wheels = tmp_path / "wheels"
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    (wheel,) = wheels.glob("flashgen-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    shipped = {n for n in names if n.startswith("flashgen/templates/")}
    expected = {f"flashgen/templates/{p.name}" for p in (REPO / "templates").iterdir() if p.is_file()}
    assert shipped == expected

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = ("import sys, flashgen, flashgen.cli; print(flashgen.__file__); "
            f"sys.exit(flashgen.cli.main(['build', {str(REPO / 'decks')!r}, '--out', 'out']))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=elsewhere,
                         env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0].startswith(str(tmp_path / "site"))
    assert "built " in run.stdout
    assert any((elsewhere / "out").glob("*-mechanism.apkg"))
