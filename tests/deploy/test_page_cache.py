"""The page cache end to end: a real nginx running the configuration `make serve` runs (deploy/serve.py
around deploy/nginx's snippets) in front of the real application, which serves this test's database
from a thread; publishing purges through nginx's purge listener."""

import http.client
import importlib.util
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections
from django.test import override_settings

from news.models import NewsIndexPage
from tests.factories import NewsPageFactory, SiteFactory, section

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("serve", ROOT / "deploy" / "serve.py")
serve = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(serve)

pytestmark = pytest.mark.django_db


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def application():
    """Django on a free port, one request at a time, on the test's own connection (inside its
    transaction, so it sees what the test builds), which no request may close."""
    server = WSGIServer(("127.0.0.1", 0), QuietHandler, allow_reuse_address=False)
    server.set_app(WSGIHandler())
    shared = connections["default"]
    shared.inc_thread_sharing()

    def run():
        connections["default"] = shared
        server.serve_forever(poll_interval=0.05)

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
        shared.dec_thread_sharing()


@pytest.fixture
def nginx(application, tmp_path):
    """deploy/serve.py's nginx in front of the application, purged by it."""
    if serve.nginx_binary() is None or not serve.PURGE_MODULE.exists():
        pytest.skip("nginx and libnginx-mod-http-cache-purge are not installed (apt-get install both)")
    ports = serve.Ports(public=_free_port(), app=application, purge=_free_port())
    out = tmp_path / "serve"
    conf = serve.render(out, ports, var_dir=tmp_path / "var", media_root=tmp_path / "media")
    process = subprocess.Popen(
        [*serve.nginx_command(out, conf), "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", ports.purge), timeout=1).close()
            socket.create_connection(("127.0.0.1", ports.public), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"nginx did not start: {process.stderr.read().decode()}")
            time.sleep(0.05)
    location = f"http://127.0.0.1:{ports.purge}"
    backends = {"nginx": {"BACKEND": "pagecache.backends.NginxPurgeBackend", "LOCATION": location}}
    try:
        with override_settings(WAGTAILFRONTENDCACHE=backends):
            yield ports.public
    finally:
        process.terminate()
        process.wait(timeout=10)


def fetch(port: int, host: str, path: str, headers: dict | None = None) -> tuple[str, str]:
    """(X-Cache-Status, body) of a GET through nginx."""
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    client.request("GET", path, headers={"Host": host, **(headers or {})})
    response = client.getresponse()
    body = response.read().decode()
    client.close()
    assert response.status == 200, (path, response.status)
    return response.getheader("X-Cache-Status"), body


def test_cached_then_published_then_fresh_within_a_second(nginx, django_capture_on_commit_callbacks):
    site = SiteFactory()
    news = NewsPageFactory(site=site, publish=True, title="Học bổng mùa thi bản đầu")
    index = section(site, NewsIndexPage)
    host, path, index_path = site.hostname, news.get_url_parts()[2], index.get_url_parts()[2]
    assert fetch(nginx, host, path)[0] == "MISS"
    status, body = fetch(nginx, host, path)
    assert status == "HIT" and "Học bổng mùa thi bản đầu" in body
    assert fetch(nginx, host, index_path)[0] == "MISS" and fetch(nginx, host, index_path)[0] == "HIT"

    news.title = "Học bổng mùa thi bản mới"
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()  # purged when this block "commits"
    published = time.monotonic()
    while "Học bổng mùa thi bản mới" not in fetch(nginx, host, path)[1]:
        assert time.monotonic() - published < 1, "still the old version a second after publishing"
        time.sleep(0.01)
    status, body = fetch(nginx, host, path)
    assert status == "HIT" and "Học bổng mùa thi bản mới" in body
    status, body = fetch(nginx, host, index_path)
    assert status == "MISS" and "Học bổng mùa thi bản mới" in body


def test_cookies_and_query_strings_pass_by_the_cache(nginx):
    site = SiteFactory()
    news = NewsPageFactory(site=site, publish=True)
    host, path = site.hostname, news.get_url_parts()[2]
    fetch(nginx, host, path)
    assert fetch(nginx, host, path)[0] == "HIT"
    assert fetch(nginx, host, path, {"Cookie": "sessionid=abc"})[0] == "BYPASS"
    assert fetch(nginx, host, path, {"Cookie": "theme=dark; csrftoken=abc"})[0] == "BYPASS"
    assert fetch(nginx, host, path + "?trang=2")[0] == "BYPASS"
    assert fetch(nginx, host, path, {"Cookie": "theme=dark"})[0] == "HIT"  # not one Django reads
