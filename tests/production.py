"""The production settings in a subprocess, on a var folder of the test's own.

``collectstatic`` with whitenoise's compression and hashed names takes half a minute of CPU: the
session runs it once, with the production settings, in the background from the moment the
selected tests are known, and each test's var folder links to the result (``production_var``).
Nothing writes there after it.
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.commands import start_commands


def production_environment(var_dir: Path, **settings: str) -> dict:
    """The environment of a manage.py command with the production settings and ``var_dir``."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "production-test-" + "k" * 50,
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "false",
        "KHUYENHOC_VAR_DIR": str(var_dir),
        "MEDIA_ROOT": str(var_dir / "media"),
        "DATABASE_URL": f"sqlite:///{var_dir / 'db.sqlite3'}",
        "CACHE_URL": "locmem://",  # the production default is the machine's Redis, shared with whatever else runs
        **settings,
    }


_static_build = None  # (var folder, the subprocess collecting into its static/)


def start_collecting_static():
    """Start ``collectstatic`` in a subprocess, if not started yet: from ``pytest_collection_finish``
    when a selected test will use it, so that it runs on the other core while the first tests run."""
    global _static_build
    if _static_build is None:
        var_dir = Path(tempfile.mkdtemp(prefix="khuyenhoc-production-static-"))
        _static_build = var_dir, start_commands(production_environment(var_dir), ["collectstatic", "--noinput", "-v0"])
    return _static_build


def pytest_collection_finish(session):
    if not session.config.option.collectonly and any("collected_static" in item.fixturenames for item in session.items):
        start_collecting_static()


def pytest_sessionfinish(session):
    if _static_build is not None:
        var_dir, build = _static_build
        build.stop()
        shutil.rmtree(var_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def collected_static() -> Path:
    """STATIC_ROOT as ``manage.py collectstatic`` fills it with the production settings."""
    var_dir, build = start_collecting_static()
    [collected] = build.results()
    assert collected.returncode == 0, collected.stderr
    return var_dir / "static"


@pytest.fixture
def production_var(tmp_path, collected_static) -> Path:
    """A var folder of the test's own whose static/ is the session's collected files."""
    var_dir = tmp_path / "var"
    var_dir.mkdir()
    (var_dir / "static").symlink_to(collected_static, target_is_directory=True)
    return var_dir
