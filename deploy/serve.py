"""`make serve`: the production stack on one machine, in the foreground, as any user.

    make serve PORT=8080            # after `make demo`: the same database (var/db.sqlite3 or DATABASE_URL)
    .venv/bin/python deploy/serve.py --port 8080 [--app-port 8081] [--purge-port 8082]

Debian's nginx (with libnginx-mod-http-cache-purge) on 127.0.0.1:PORT in front of gunicorn (2 sync
workers, config.settings.production over plain HTTP on loopback) and the task worker, with the page
cache for anonymous readers and its purge on every change. nginx runs the files deploy/ ships
(deploy/nginx/khuyenhoc-http.conf and khuyenhoc-app.conf), rendered into var/serve/ with this
checkout's paths and ports, its own pid, temp and cache folders: /etc/nginx is never touched.
The cache (CACHE_URL) is emptied at start. Ctrl+C stops everything. bench/serving.py starts the same
stack through ``Stack``; tests/deploy/test_page_cache.py runs the same nginx configuration (``render``).
"""

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NGINX_FILES = ROOT / "deploy" / "nginx"
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")
sys.path.insert(0, str(ROOT / "site"))

from config.settings.env import VAR_DIR, WORK_DIR  # noqa: E402  (the settings' own defaults, no Django)

# Before the stack starts: the hashed static files, and an empty cache (CACHE_URL, production's Redis by
# default), which may hold another database's Site root paths and fragments (a previous `make demo`).
PREPARE = """
import sys; sys.path[:0] = [".", "site"]
import django; django.setup()
from django.core.cache import cache
from django.core.management import call_command
call_command("collectstatic", interactive=False, verbosity=0)
cache.clear()
"""


@dataclass(frozen=True)
class Ports:
    public: int  # nginx
    app: int  # gunicorn
    purge: int  # nginx's purge listener (FRONTEND_CACHE_PURGE_URL)


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)


def _replace(text: str, old: str, new: str, name: str) -> str:
    if old not in text:
        raise SystemExit(f"deploy/nginx/{name} không còn chứa {old!r}: hãy sửa deploy/serve.py cho khớp.")
    return text.replace(old, new)


def _media_root_parent(out: Path, media_root: Path) -> Path:
    """The folder nginx's `root` points at: MEDIA_ROOT's parent, or a link named media to it."""
    if media_root.name == "media":
        return media_root.parent
    link = out / "media-root" / "media"
    link.parent.mkdir(parents=True, exist_ok=True)
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(media_root)
    return link.parent


def render(out: Path, ports: Ports, var_dir: Path = VAR_DIR, media_root: Path | None = None) -> Path:
    """nginx.conf in ``out`` around deploy/nginx's two shared files, with this machine's paths."""
    media_root = Path(media_root or os.environ.get("MEDIA_ROOT") or WORK_DIR / "media")
    out.mkdir(parents=True, exist_ok=True)
    http = (NGINX_FILES / "khuyenhoc-http.conf").read_text(encoding="utf-8")
    for old, new in [
        ("server 127.0.0.1:8000", f"server 127.0.0.1:{ports.app}"),
        ("listen 127.0.0.1:8001;", f"listen 127.0.0.1:{ports.purge};"),
        ("/var/lib/nginx/khuyenhoc-cache", str(out / "cache")),
    ]:
        http = _replace(http, old, new, "khuyenhoc-http.conf")
    app = (NGINX_FILES / "khuyenhoc-app.conf").read_text(encoding="utf-8")
    for old, new in [
        ("/var/log/nginx/", f"{out}/"),
        ("root /srv/khuyenhoc/var;", f"root {var_dir};"),
        ("root /srv/khuyenhoc;", f"root {_media_root_parent(out, media_root)};"),
    ]:
        app = _replace(app, old, new, "khuyenhoc-app.conf")
    (out / "khuyenhoc-http.conf").write_text(http, encoding="utf-8")
    (out / "khuyenhoc-app.conf").write_text(app, encoding="utf-8")
    temp_paths = "".join(
        f"    {kind}_temp_path {out / 'temp' / kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    # as root, workers stay root: they read files under folders other users may not enter
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf = out / "nginx.conf"
    conf.write_text(
        f"load_module {PURGE_MODULE};\n{user}worker_processes auto;\npid {out / 'nginx.pid'};\n"
        f"error_log {out / 'error.log'};\nevents {{\n    worker_connections 1024;\n}}\n"
        "http {\n    include /etc/nginx/mime.types;\n    default_type application/octet-stream;\n"
        "    sendfile on;\n    tcp_nopush on;\n    types_hash_max_size 2048;\n"
        f"    access_log {out / 'access.log'};\n{temp_paths}"
        f"    include {out / 'khuyenhoc-http.conf'};\n"
        f"    server {{\n        listen 127.0.0.1:{ports.public};\n        server_name _;\n"
        f"        include {out / 'khuyenhoc-app.conf'};\n    }}\n}}\n",
        encoding="utf-8",
    )
    for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (out / "temp" / kind).mkdir(parents=True, exist_ok=True)
    return conf


def nginx_command(out: Path, conf: Path) -> list[str]:
    return [nginx_binary(), "-p", f"{out}/", "-e", str(out / "error.log"), "-c", str(conf)]


def environment(ports: Ports, extra: dict | None = None) -> dict:
    """Production settings over plain HTTP on loopback; what the caller's environment says wins,
    except what must match this stack (settings module, purge address, no HTTPS)."""
    env = {
        "ALLOWED_HOSTS": "127.0.0.1,localhost,.localhost",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{ports.public}",
        "KHUYENHOC_REQUIRE_2FA": "false",  # the demo's accounts have no second factor
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        **os.environ,
        **(extra or {}),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{ports.purge}",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
    }
    return env


def _wait_for_port(port: int, processes: dict, deadline: float) -> None:
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            for name, process in processes.items():
                if process.poll() is not None:
                    raise SystemExit(f"{name} dừng khi khởi động (mã {process.returncode}).") from None
            if time.monotonic() > deadline:
                raise SystemExit(f"Không có gì trả lời ở cổng {port} sau 60 giây.") from None
            time.sleep(0.1)


class Stack:
    """nginx, gunicorn and the task worker (and scheduled publishing every minute), started together."""

    def __init__(self, ports: Ports, out: Path | None = None, env: dict | None = None, quiet: bool = False):
        self.ports, self.quiet = ports, quiet
        self.env = environment(ports, env)
        self.out = out or Path(self.env.get("KHUYENHOC_VAR_DIR") or VAR_DIR) / "serve"
        self.processes: dict[str, subprocess.Popen] = {}
        self._stopping = threading.Event()

    def _manage(self, *args) -> list[str]:
        return [sys.executable, "manage.py", *args]

    def _start(self, name: str, command: list[str]) -> None:
        output = subprocess.DEVNULL if self.quiet else None
        self.processes[name] = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=output, stderr=output)

    def _scheduler(self) -> None:
        while not self._stopping.wait(60):
            subprocess.run(self._manage("publish_scheduled"), cwd=ROOT, env=self.env, capture_output=True, check=False)

    def start(self) -> "Stack":
        if nginx_binary() is None or not PURGE_MODULE.exists():
            raise SystemExit("Cần nginx và mô-đun xoá bộ đệm: apt-get install nginx libnginx-mod-http-cache-purge")
        var_dir = Path(self.env.get("KHUYENHOC_VAR_DIR") or VAR_DIR)
        subprocess.run([sys.executable, "-c", PREPARE], cwd=ROOT, env=self.env, check=True)
        conf = render(self.out, self.ports, var_dir, self.env.get("MEDIA_ROOT"))
        test = subprocess.run([*nginx_command(self.out, conf), "-t", "-q"], capture_output=True, text=True)
        if test.returncode:
            raise SystemExit(f"nginx -t: {test.stderr.strip()}")
        self._start(
            "gunicorn",
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                "--pythonpath",
                str(ROOT / "site"),
                "--bind",
                f"127.0.0.1:{self.ports.app}",
                "--workers",
                "2",
                "--timeout",
                "60",
                "--forwarded-allow-ips",
                "127.0.0.1",
                "--error-logfile",
                "-",
            ],
        )
        self._start("db_worker", self._manage("db_worker", "--verbosity", "0"))
        self._start("nginx", [*nginx_command(self.out, conf), "-g", "daemon off;"])
        threading.Thread(target=self._scheduler, daemon=True).start()
        deadline = time.monotonic() + 60
        for port in (self.ports.app, self.ports.public, self.ports.purge):
            _wait_for_port(port, self.processes, deadline)
        return self

    def stop(self) -> None:
        self._stopping.set()
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def wait(self) -> None:
        """Until Ctrl+C (or SIGTERM), or until one of the processes stops."""
        while all(process.poll() is None for process in self.processes.values()):
            time.sleep(0.5)
        stopped = [name for name, process in self.processes.items() if process.poll() is not None]
        print(f"Đã dừng: {', '.join(stopped)}.", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8080, help="nginx (default 8080)")
    parser.add_argument("--app-port", type=int, help="gunicorn (default PORT+1)")
    parser.add_argument("--purge-port", type=int, help="nginx's purge listener (default PORT+2)")
    args = parser.parse_args()
    ports = Ports(args.port, args.app_port or args.port + 1, args.purge_port or args.port + 2)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even when started with SIGINT ignored (`&`)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    stack = Stack(ports)
    try:
        stack.start()
        print(
            f"Đang chạy tại http://127.0.0.1:{ports.public}/ (Sóc Trăng: http://soctrang.localhost:{ports.public}/; "
            f"gunicorn không qua bộ đệm: http://127.0.0.1:{ports.app}/). Ctrl+C để dừng.",
            flush=True,
        )
        stack.wait()
    except KeyboardInterrupt:
        pass
    finally:
        stack.stop()


if __name__ == "__main__":
    main()
