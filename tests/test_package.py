"""The wheel (`pip install .`) is the whole site, not only what an editable install happens to see.

It is built from a copy of the checkout without its .mo files, as from a clean clone (they are not in
git), and compared with the files on disk: every project app with its migrations, templates, static
files and catalogues, every theme, the root's catalogues, compiled. Then it is installed into a folder
and run from outside the checkout: the settings find the themes and catalogues inside the package.
"""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.apps import apps

ROOT = Path(__file__).resolve().parents[1]
# The wheel does not depend on the database: built once, in the suite's SQLite pass.
pytestmark = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
    reason="the package is checked in the SQLite pass",
)
NOT_IN_GIT = shutil.ignore_patterns(
    ".*",
    "venv",
    "var",
    "media",
    "build",
    "dist",
    "*.egg-info",
    "test-artifacts",
    "node_modules",
    "__pycache__",
    "*.pyc",
    "*.mo",
)


def files_under(folder: Path) -> list[Path]:
    """The source files of a folder, as a clean clone has them (no caches, no compiled catalogues)."""
    return [
        path.relative_to(folder)
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") or part == "__pycache__" for part in path.parts)
        and path.suffix not in {".pyc", ".mo"}
    ]


def project_apps():
    """The apps of this repository (test settings: with the demo), not those of installed libraries."""
    venvs = [ROOT / ".venv", ROOT / "venv"]
    paths = {app: Path(app.path).resolve() for app in apps.get_app_configs()}
    return [
        app
        for app, path in paths.items()
        if path.is_relative_to(ROOT) and not any(path.is_relative_to(venv) for venv in venvs)
    ]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    shutil.copytree(ROOT, work / "source", ignore=NOT_IN_GIT)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(work / "source"),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(work / "dist"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    [built] = (work / "dist").glob("khuyenhoc-*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_every_project_app_ships_whole(names):
    checked = project_apps()
    assert {"core", "sitesearch", "accounts", "workflows.authoring", "demo"} <= {app.name for app in checked}
    kinds = set()
    for app in checked:
        package = app.name.replace(".", "/")
        assert f"{package}/__init__.py" in names
        assert f"{package}/apps.py" in names
        expected = {f"{package}/{path.as_posix()}" for path in files_under(Path(app.path))}
        assert expected - names == set(), app.name
        kinds |= {
            folder
            for name in expected
            for folder in ("migrations", "templates", "static", "locale")
            if f"/{folder}/" in name
        }
    assert kinds == {"migrations", "templates", "static", "locale"}  # the comparison saw each kind of file
    assert "workflows/__init__.py" in names and "blocks/streams.py" in names


def test_themes_and_catalogues_ship_inside_config(names):
    themes = {f"config/themes/{path.as_posix()}" for path in files_under(ROOT / "themes")}
    assert {"config/themes/base/templates/base.html", "config/themes/sonla/theme.json"} <= themes
    assert themes - names == set()
    catalogues = [path for path in files_under(ROOT / "locale") if path.suffix == ".po"]
    assert len(catalogues) >= 4
    for po in catalogues:
        assert f"config/locale/{po.as_posix()}" in names
        assert f"config/locale/{po.with_suffix('.mo').as_posix()}" in names  # compiled by the build
    every_po = {name for name in names if name.endswith(".po")}
    assert {name.removesuffix(".po") + ".mo" for name in every_po} <= names


def test_nothing_else_ships(names):
    tops = {name.split("/")[0] for name in names}
    assert not tops & {"tests", "bench", "deploy", "themes", "locale", "site", "var", "media"}
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


def test_installed_wheel_runs_from_anywhere(wheel, tmp_path):
    """khuyenhoc-manage from the installed files alone, outside the checkout: every app imports,
    the checks pass, the migrations match the models, templates, static files and English come
    from the package, and var/ is the folder it runs in."""
    target, here = tmp_path / "installed", tmp_path / "elsewhere"
    here.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    code = (
        "from django.conf import settings; from django.contrib.staticfiles import finders;"
        "from django.core.management import call_command; from django.template.loader import get_template;"
        "from django.utils import translation; import io;"
        "call_command('check', stdout=io.StringIO());"
        "call_command('makemigrations', '--check', '--dry-run', verbosity=0);"
        "translation.activate('en');"
        "print(settings.THEMES_DIR, get_template('base.html').origin.name,"
        " get_template('accounts/lockout.html').origin.name, finders.find('base/css/site.css'),"
        " finders.find('authoring/desk.css'), settings.LOCALE_PATHS[0], settings.VAR_DIR, sep='\\n');"
        "print(translation.gettext('Trang chủ'))"
    )
    env = {**os.environ, "PYTHONPATH": str(target), "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    env.pop("KHUYENHOC_VAR_DIR", None)
    result = subprocess.run(
        [str(target / "bin" / "khuyenhoc-manage"), "shell", "--no-imports", "-c", code],
        cwd=here,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    *paths, var_dir, english = result.stdout.strip().splitlines()
    assert all(Path(path).is_relative_to(target) for path in paths), paths
    assert Path(var_dir) == here / "var"
    assert english == "Home"
