"""Headless Chromium (Debian's chromium + chromium-driver) against a real demo server.

The server runs in a subprocess on its own SQLite database, built with
`migrate` and `load_demo` as `make demo` does (`migrate` on a copy of the saved migrated
database, tests/migrated_template.py, when there is one).
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import migrated_template
from tests.commands import start_commands

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
PHONE = (390, 844)
DESKTOP = (1280, 900)
AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"  # axe-core, MPL-2.0, vendored: no install at test time
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"demo server did not answer at {url}")


def demo_environment(var_dir: Path, port: int = 8000) -> dict:
    """The environment of a demo server (or command) on its own SQLite database and media."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "KHUYENHOC_VAR_DIR": str(var_dir),
        "DATABASE_URL": f"sqlite:///{var_dir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(var_dir / "media"),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
    }


@dataclass(frozen=True)
class DemoDatabase:
    folder: Path  # db.sqlite3 and media/
    port: int  # the port its Sites were loaded for: a server of it listens there

    def copy_to(self, var_dir: Path) -> Path:
        shutil.copytree(self.folder, var_dir, dirs_exist_ok=True)
        return var_dir


_demo_build = None  # (folder, port, the subprocess building it)


def start_demo_database():
    """Start building the session's demo database in a subprocess, if not started yet: from
    ``pytest_collection_finish`` when a selected test will use it, so that it is built on the
    other core while the first tests run."""
    global _demo_build
    if _demo_build is None:
        folder = Path(tempfile.mkdtemp(prefix="khuyenhoc-demo-database-"))
        port = _free_port()
        migrated_template.copy_to(folder / "db.sqlite3")  # the saved migrated database: `migrate` only checks it
        env = {**demo_environment(folder, port), "DEBUG": "true"}  # load_demo refuses otherwise
        _demo_build = folder, port, start_commands(env, ["migrate", "--noinput"], ["load_demo", "--port", str(port)])
    return _demo_build


def pytest_collection_finish(session):
    if not session.config.option.collectonly and any("demo_database" in item.fixturenames for item in session.items):
        start_demo_database()


def pytest_sessionfinish(session):
    if _demo_build is not None:
        folder, _port, build = _demo_build
        build.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def demo_database() -> DemoDatabase:
    """A demo database and its media, built once a session with `migrate` and `load_demo` as
    `make demo` builds it; tests copy it (``copy_to``) before changing it."""
    folder, port, build = start_demo_database()
    for command in build.results():
        assert command.returncode == 0, (command.args, command.stdout[-2000:], command.stderr[-2000:])
    return DemoDatabase(folder, port)


@pytest.fixture(scope="session")
def demo_server(demo_database, tmp_path_factory):
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip("Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does it)")
    var_dir = demo_database.copy_to(tmp_path_factory.mktemp("demo-var"))
    port = demo_database.port
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=demo_environment(var_dir, port),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(f"http://127.0.0.1:{port}/")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def browser(demo_server):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_window_size(*PHONE)
    yield driver
    driver.quit()


def screenshot(driver, name: str, size=PHONE) -> Path:
    """A full-height screenshot at the given width, saved under test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(size[0], min(max(height, size[1]), 6000))
    path = ARTIFACTS / f"{name}-{size[0]}.png"
    driver.save_screenshot(str(path))
    driver.set_window_size(*size)
    return path


def axe_violations(driver, url: str) -> list[dict]:
    """Open url and run axe-core's WCAG 2.0/2.1 A and AA rules on it.

    Returns the violations as {"id", "impact", "help", "nodes": [CSS targets]}."""
    driver.get(url)
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    driver.set_script_timeout(120)
    result = driver.execute_async_script(
        """
        const [tags, done] = arguments;
        axe.run(document, {runOnly: {type: 'tag', values: tags}}).then(
          (results) => done(results.violations.map((v) => ({
            id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')),
          }))),
          (error) => done({error: String(error)}),
        );
        """,
        WCAG_TAGS,
    )
    if isinstance(result, dict):
        raise RuntimeError(f"axe-core failed on {url}: {result['error']}")
    return result
