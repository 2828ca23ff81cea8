"""The production files in deploy/: the environment example, the nginx site and the systemd units.

env.example must list every variable the settings read (found by parsing their source), and
nothing they do not. The nginx site (khuyenhoc.conf with the two snippets it includes, the ones `make serve` runs too)
must pass ``nginx -t``, and a real nginx started on loopback ports with it must keep the original
documents and images unreachable, redirect to HTTPS, cache hashed static files for good and pass
the client's address and scheme to the app.
"""

import ast
import gzip
import http.client
import json
import os
import re
import shutil
import socket
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
NGINX_SITE = DEPLOY / "nginx" / "khuyenhoc.conf"
NGINX_HTTP = DEPLOY / "nginx" / "khuyenhoc-http.conf"  # upstream, page cache, purge listener
NGINX_APP = DEPLOY / "nginx" / "khuyenhoc-app.conf"  # static, media, the cache, the app
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")
HOST = "khuyenhoc.example.vn"
CERTIFICATE = f"/etc/letsencrypt/live/{HOST}/fullchain.pem"
CERTIFICATE_KEY = f"/etc/letsencrypt/live/{HOST}/privkey.pem"
# Read outside the settings: manage.py and config/wsgi.py choose the settings module.
READ_BEFORE_THE_SETTINGS = [ROOT / "manage.py", ROOT / "site" / "config" / "wsgi.py"]


def variables_read(paths) -> set[str]:
    """Names passed to env_str/env_bool/env_list (any env_* helper) and os.environ/os.getenv."""
    names = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                function = node.func
                called = function.id if isinstance(function, ast.Name) else getattr(function, "attr", "")
                is_environ = isinstance(function, ast.Attribute) and ast.unparse(function.value) in {"os.environ", "os"}
                if called.startswith("env_") or (is_environ and called in {"get", "setdefault", "getenv"}):
                    names.add(node.args[0].value)
            elif (
                isinstance(node, ast.Subscript)
                and ast.unparse(node.value) == "os.environ"
                and isinstance(node.slice, ast.Constant)
            ):
                names.add(node.slice.value)
    return {name for name in names if isinstance(name, str)}


def listed_in_example() -> set[str]:
    text = (DEPLOY / "env.example").read_text(encoding="utf-8")
    return set(re.findall(r"^#?([A-Z][A-Z0-9_]*)=", text, flags=re.MULTILINE))


def test_env_example_lists_every_variable_the_settings_read():
    read = variables_read(sorted((ROOT / "site" / "config" / "settings").glob("*.py")))
    assert {"DATABASE_URL", "SECRET_KEY", "KHUYENHOC_VAR_DIR", "ALLOWED_HOSTS"} <= read  # the parser finds them
    assert read - listed_in_example() == set()


def test_env_example_lists_only_variables_the_code_reads():
    read = variables_read([*(ROOT / "site" / "config" / "settings").glob("*.py"), *READ_BEFORE_THE_SETTINGS])
    assert listed_in_example() - read == set()


@pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell")
def test_env_example_reads_as_shell_the_way_khuyenhoc_manage_reads_it():
    result = subprocess.run(
        ["sh", "-c", 'set -a; . "$1"; printf %s "$DEFAULT_FROM_EMAIL"', "sh", str(DEPLOY / "env.example")],
        env={"PATH": os.environ["PATH"]},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout == f"Hội Khuyến học <no-reply@{HOST}>"


def location_block(config: str, prefix: str) -> str:
    match = re.search(r"location\s+\^~\s+" + re.escape(prefix) + r"\s*\{([^}]*)\}", config)
    assert match, f"no `location ^~ {prefix}` block (a regex location could otherwise win over it)"
    return match.group(1)


@pytest.mark.parametrize("folder", ["/media/documents/", "/media/original_images/"])
def test_nginx_never_serves_the_original_files_from_disk(folder):
    block = location_block(NGINX_APP.read_text(encoding="utf-8"), folder)
    assert re.search(r"^\s*(internal|deny all|return 404);", block, flags=re.MULTILINE)


def _nginx_or_skip() -> str:
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None or shutil.which("openssl") is None or not PURGE_MODULE.exists():
        pytest.skip(
            "nginx, libnginx-mod-http-cache-purge (apt-get install nginx libnginx-mod-http-cache-purge) or openssl is not installed"
        )
    return nginx


def _replace(text: str, old: str, new: str) -> str:
    assert old in text, f"{old!r} is no longer in deploy/nginx/"
    return text.replace(old, new)


def _site_files(replacements=()) -> str:
    """deploy/nginx/khuyenhoc.conf with the snippets it includes put in its place, then ``replacements``."""
    site = NGINX_SITE.read_text(encoding="utf-8")
    for snippet in (NGINX_HTTP, NGINX_APP):
        site = _replace(site, f"include /etc/nginx/snippets/{snippet.name};", snippet.read_text(encoding="utf-8"))
    for old, new in replacements:
        site = _replace(site, old, new)
    return site


def _wrapper(tmp: Path, site: str) -> Path:
    """An nginx.conf of our own around the site, every path it writes inside tmp."""
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            f"/CN={HOST}",
            "-keyout",
            str(tmp / "key.pem"),
            "-out",
            str(tmp / "cert.pem"),
        ],
        check=True,
        capture_output=True,
    )
    site = _replace(site, CERTIFICATE, str(tmp / "cert.pem"))
    site = _replace(site, CERTIFICATE_KEY, str(tmp / "key.pem"))
    site = _replace(site, "/var/log/nginx/", f"{tmp}/")
    site = _replace(site, "/var/lib/nginx/khuyenhoc-cache", str(tmp / "cache"))
    if "listen 127.0.0.1:8001;" in site:  # the purge listener, on a port of its own
        site = _replace(site, "listen 127.0.0.1:8001;", f"listen 127.0.0.1:{_free_port()};")
    (tmp / "site.conf").write_text(site, encoding="utf-8")
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers read files under pytest's 0700 folders
    temp_paths = "".join(
        f"    {kind}_temp_path {tmp / kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    wrapper = tmp / "nginx.conf"
    wrapper.write_text(
        f"load_module {PURGE_MODULE};\n{user}pid {tmp / 'nginx.pid'};\nerror_log {tmp / 'error.log'};\nevents {{}}\nhttp {{\n"
        f"    include /etc/nginx/mime.types;\n    access_log {tmp / 'access.log'};\n{temp_paths}"
        f"    include {tmp / 'site.conf'};\n}}\n",
        encoding="utf-8",
    )
    return wrapper


def _nginx_command(nginx: str, tmp: Path, wrapper: Path) -> list[str]:
    return [nginx, "-p", f"{tmp}/", "-e", str(tmp / "error.log"), "-c", str(wrapper)]


def test_nginx_site_passes_nginx_t(tmp_path):
    nginx = _nginx_or_skip()
    wrapper = _wrapper(tmp_path, _site_files())
    result = subprocess.run(
        [*_nginx_command(nginx, tmp_path, wrapper), "-t"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class EchoApp(BaseHTTPRequestHandler):
    """Stands in for gunicorn: answers an HTML page holding the request headers it received."""

    def do_GET(self):
        body = ("<!doctype html><pre>" + json.dumps(dict(self.headers)) + "</pre>" + " " * 2048).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def running_nginx(tmp_path):
    """nginx with deploy/nginx/khuyenhoc.conf (and its snippets) on loopback ports, /srv/khuyenhoc moved to tmp_path."""
    nginx = _nginx_or_skip()
    srv = tmp_path / "srv"
    files = {
        "media/documents/bien-ban-rieng.pdf": b"%PDF-1.4 private minutes",
        "media/original_images/hoc-sinh.jpg": b"original with EXIF",
        "media/images/hoc-sinh.fill-80x80.jpg": b"rendition",
        "var/static/css/site.0123456789ab.css": b"body { color: #123; }\n" * 100,
        "var/static/favicon.ico": b"icon",
    }
    for name, content in files.items():
        (srv / name).parent.mkdir(parents=True, exist_ok=True)
        (srv / name).write_bytes(content)
    (srv / "var/static/css/site.0123456789ab.css.gz").write_bytes(
        gzip.compress(files["var/static/css/site.0123456789ab.css"])
    )
    (tmp_path / "acme").mkdir()

    app = ThreadingHTTPServer(("127.0.0.1", 0), EchoApp)
    threading.Thread(target=app.serve_forever, daemon=True).start()
    http_port, https_port = _free_port(), _free_port()
    site = _site_files(
        [
            ("listen 80;", f"listen 127.0.0.1:{http_port};"),
            ("listen [::]:80;", ""),
            ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
            ("listen [::]:443 ssl http2;", ""),
            ("server 127.0.0.1:8000", f"server 127.0.0.1:{app.server_port}"),
            ("root /var/www/html;", f"root {tmp_path / 'acme'};"),
            ("/srv/khuyenhoc", str(srv)),
        ]
    )
    wrapper = _wrapper(tmp_path, site)
    server = subprocess.Popen(
        [*_nginx_command(nginx, tmp_path, wrapper), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", https_port), timeout=1).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"nginx did not start: {server.stderr.read().decode()}")
            time.sleep(0.1)
    try:
        yield {"http": http_port, "https": https_port, "app": app}
    finally:
        server.terminate()
        server.wait(timeout=10)
        app.shutdown()


def _get(port: int, path: str, tls: bool = True, headers: dict | None = None, method: str = "GET"):
    if tls:
        connection = http.client.HTTPSConnection(
            "127.0.0.1", port, timeout=10, context=ssl._create_unverified_context()
        )
    else:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request(method, path, headers={"Host": HOST, **(headers or {})})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_nginx_keeps_private_files_behind_django_and_serves_the_public_ones(running_nginx):
    port = running_nginx["https"]
    for path in ("/media/documents/bien-ban-rieng.pdf", "/media/original_images/hoc-sinh.jpg"):
        response, body = _get(port, path)
        assert response.status == 404 and b"private minutes" not in body and b"EXIF" not in body
    response, body = _get(port, "/media/images/hoc-sinh.fill-80x80.jpg")
    assert response.status == 200 and body == b"rendition"
    assert response.getheader("X-Content-Type-Options") == "nosniff"


def test_nginx_caches_hashed_static_files_for_good_and_the_others_briefly(running_nginx):
    port = running_nginx["https"]
    response, body = _get(port, "/static/css/site.0123456789ab.css", headers={"Accept-Encoding": "gzip"})
    assert response.status == 200 and response.getheader("Content-Encoding") == "gzip"
    assert gzip.decompress(body).startswith(b"body { color: #123; }")
    cache_control = ", ".join(value for name, value in response.getheaders() if name.lower() == "cache-control")
    assert "immutable" in cache_control and "max-age=31536000" in cache_control
    response, _body = _get(port, "/static/favicon.ico")
    assert response.status == 200 and response.getheader("Cache-Control") == "max-age=86400"


def test_nginx_redirects_http_and_passes_the_client_to_the_app(running_nginx):
    response, _body = _get(running_nginx["http"], "/tin-tuc/?trang=2", tls=False)
    assert response.status == 301 and response.getheader("Location") == f"https://{HOST}/tin-tuc/?trang=2"

    response, body = _get(
        running_nginx["https"], "/tin-tuc/", headers={"Accept-Encoding": "gzip", "X-Forwarded-For": "203.0.113.9"}
    )
    assert response.status == 200 and response.getheader("Content-Encoding") == "gzip"
    seen = json.loads(re.search(rb"<pre>(.*)</pre>", gzip.decompress(body)).group(1))
    assert seen["Host"] == HOST and seen["X-Forwarded-Proto"] == "https" and seen["X-Forwarded-Host"] == HOST
    assert seen["X-Forwarded-For"].split(", ")[-1] == "127.0.0.1"  # the address nginx saw comes last


def test_nginx_answers_too_large_uploads_and_a_stopped_app_in_vietnamese(running_nginx):
    port = running_nginx["https"]
    connection = http.client.HTTPSConnection("127.0.0.1", port, timeout=10, context=ssl._create_unverified_context())
    connection.putrequest("POST", "/quan-tri/documents/multiple/add/", skip_host=True)
    connection.putheader("Host", HOST)
    connection.putheader("Content-Length", str(21 * 1024 * 1024))
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == 413 and "Tệp quá lớn" in response.read().decode()
    connection.close()

    running_nginx["app"].shutdown()
    running_nginx["app"].server_close()
    response, body = _get(port, "/")
    assert response.status == 503 and "bảo trì" in body.decode()


def test_systemd_units_run_only_commands_that_exist():
    from django.core.management import get_commands

    units = sorted((DEPLOY / "systemd").glob("*.service"))
    commands = {
        re.search(r"manage\.py (\w+)", unit.read_text()).group(1) for unit in units if "manage.py" in unit.read_text()
    }
    assert {"db_worker", "publish_scheduled", "send_quota_reminders", "prune_db_task_results", "backup"} <= commands
    assert commands - set(get_commands()) == set()
    for unit in units:
        if unit.name != "khuyenhoc-worker.service" and unit.name != "khuyenhoc.service":
            assert (unit.with_suffix(".timer")).exists(), f"{unit.name} has no timer"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_units_pass_systemd_analyze_verify():
    units = [str(path) for path in sorted((DEPLOY / "systemd").iterdir())]
    result = subprocess.run(
        ["systemd-analyze", "verify", *units], capture_output=True, text=True, cwd=DEPLOY / "systemd", check=False
    )
    # The install paths (/srv/khuyenhoc/venv) do not exist on a development machine.
    problems = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.strip() and "is not executable: No such file or directory" not in line
    ]
    assert problems == []
