"""Soak: N minutes of mixed reader traffic, with a few publishes, against gunicorn with the
production settings on PostgreSQL. Prints one line a minute: requests, errors (5xx and connection
errors), p50/p95/p99 latency, and the resident memory of the gunicorn workers (from /proc).

Usage (from the repository root; builds a fresh demo database first unless --reuse-database):
    .venv/bin/python bench/soak.py [--minutes 30] [--rate 15] [--concurrency 6] [--workers 3]
        [--publish-every 90] [--max-requests 0] [--database-url postgres://postgres@127.0.0.1:5432/khuyenhoc_soak]

Everything runs on this machine: gunicorn on 127.0.0.1 (the db_worker beside it, as in production),
the traffic from threads of this script at a steady --rate (requests a second, all threads together).
Readers: home pages of both demo Sites, the news index and its pages, articles, search, bulletins,
feeds, and a few unknown addresses (404, not errors). Publishes: every --publish-every seconds,
`manage.py shell -c` republishes an article or publishes a copy of one, as an editor would.
Columns: load is the machine's 1-minute load average (other work on it slows the figures);
err counts 5xx answers and connection errors; 404? counts pages that should exist and
answered 404 (the unknown addresses are not counted); pub counts publishes ("+N!" failed ones).
Worker recycling is off by default (--max-requests 0) so that a leak shows in the RSS column;
the production unit recycles after 1000 requests.
"""

import argparse
import http.client
import json
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
VAR_DIR = Path(os.environ.get("KHUYENHOC_VAR_DIR", "/tmp/khuyenhoc-soak"))
SEARCHES = [
    "khuyen hoc",
    "học bổng",
    "gia đình hiếu học",
    "sơn la",
    "hoc tap suot doi",
    "khen thưởng",
    "Sóc Trăng",
    "quỹ khuyến học",
    "dong ho hieu hoc",
    "137/KH-HKH",
]

# (kind, weight): what readers ask for
MIX = [
    ("home", 14),
    ("news_index", 10),
    ("article", 34),
    ("search", 10),
    ("bulletin", 10),
    ("feed", 10),
    ("section", 7),
    ("missing", 5),
]

URLS_SCRIPT = """
import json
from wagtail.models import Page
from bulletins.models import BulletinIssuePage
from news.models import NewsIndexPage, NewsPage

def where(page):
    _site_id, root_url, path = page.get_url_parts()
    return [root_url.split("://", 1)[1], path]

live = Page.objects.live().public()
print(json.dumps({
    "home": [where(page) for page in live.filter(depth=2)],
    "news_index": [where(page) for page in NewsIndexPage.objects.live().public()],
    "article": [where(page) for page in NewsPage.objects.live().public()],
    "bulletin": [where(page) for page in BulletinIssuePage.objects.live().public()],
    "section": [where(page) for page in live.filter(depth=3)],
}))
"""

PUBLISH_SCRIPT = """
import json, random
from django.utils import timezone
from news.models import NewsPage

page = random.choice(list(NewsPage.objects.live().public().order_by("-pk")[:200])).specific
stamp = timezone.now().strftime("%H%M%S%f")
if random.random() < 0.5:
    page.title = page.title.split(" (cập nhật")[0] + f" (cập nhật {stamp})"
    page.save_revision().publish()
    kind = "republish"
else:
    page = page.copy(update_attrs={"title": f"{page.title} – bản {stamp}", "slug": f"soak-{stamp}"},
                     keep_live=False, copy_revisions=False, log_action=None)
    page.save_revision().publish()
    kind = "new"
_site_id, root_url, path = page.get_url_parts()
print(json.dumps({"kind": kind, "url": [root_url.split("://", 1)[1], path]}))
"""


def run(command: list[str], env: dict, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True, **kwargs)


def recreate_database(url: str) -> None:
    import psycopg
    from psycopg import sql

    maintenance, name = url.rsplit("/", 1)
    with psycopg.connect(f"{maintenance}/postgres", autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def environments(args) -> tuple[dict, dict]:
    """The production environment of gunicorn and the worker, and the dev one for load_demo."""
    common = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "KHUYENHOC_VAR_DIR": str(VAR_DIR),
        "MEDIA_ROOT": str(VAR_DIR / "media"),
    }
    production = {
        **common,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,.localhost",
        "SECURE_SSL_REDIRECT": "false",
        "WAGTAILADMIN_BASE_URL": "https://example.org",
        "LOG_LEVEL": "WARNING",
    }
    return production, {**common, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}


def prepare(args, production: dict, dev: dict) -> None:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    if not args.reuse_database:
        recreate_database(args.database_url)
        run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], dev)
        run([PYTHON, "manage.py", "load_demo", "--port", str(args.port)], {**dev, "DEBUG": "true"})
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], production)
    print(
        f"prepared in {time.monotonic() - started:.0f} s ({'reused' if args.reuse_database else 'fresh'} database)",
        flush=True,
    )


@dataclass
class Minute:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    not_found: int = 0
    publishes: int = 0
    publish_failures: int = 0


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.current = Minute()
        self.all_latencies: list[float] = []
        self.total_errors = 0
        self.published = [0, 0]  # done, failed
        self.error_samples: list[str] = []

    def request(self, latency: float, status: int | None, expected_missing: bool, what: str) -> None:
        with self.lock:
            self.current.latencies.append(latency)
            self.all_latencies.append(latency)
            if status is None or status >= 500:
                self.current.errors += 1
                self.total_errors += 1
                if len(self.error_samples) < 10:
                    self.error_samples.append(f"{status or 'connection error'} {what}")
            elif status == 404 and not expected_missing:
                self.current.not_found += 1

    def publish(self, ok: bool) -> None:
        with self.lock:
            self.published[0 if ok else 1] += 1
            if ok:
                self.current.publishes += 1
            else:
                self.current.publish_failures += 1

    def take(self) -> Minute:
        with self.lock:
            minute, self.current = self.current, Minute()
            return minute


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def rss_mib(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


class Traffic:
    def __init__(self, args, urls: dict, recorder: Recorder, deadline: float):
        self.args, self.urls, self.recorder, self.deadline = args, urls, recorder, deadline
        self.urls_lock = threading.Lock()
        self.kinds, self.weights = zip(*MIX, strict=True)

    def target(self, rng: random.Random) -> tuple[str, str, bool]:
        """(Host header, path, whether a 404 is the right answer) of the next request."""
        kind = rng.choices(self.kinds, self.weights)[0]
        with self.urls_lock:
            host, path = rng.choice(self.urls["home"])
            if kind in ("news_index", "article", "bulletin", "section") and self.urls[kind]:
                host, path = rng.choice(self.urls[kind])
        if kind == "search":
            return host, "/tim-kiem/?q=" + quote_plus(rng.choice(SEARCHES)), False
        if kind == "feed":
            return (
                host,
                rng.choice(["/nguon-tin/tin-tuc/rss/", "/nguon-tin/tin-tuc/atom/", "/nguon-tin/ban-tin/rss/"]),
                False,
            )
        if kind == "missing":
            return host, f"/khong-co-trang-nay-{rng.randrange(10**6)}/", True
        if kind == "news_index" and rng.random() < 0.3:
            path += "?page=2"
        return host, path, False

    def reader(self, seed: int) -> None:
        rng = random.Random(seed)
        interval = self.args.concurrency / self.args.rate
        next_at = time.monotonic() + rng.random() * interval
        while True:
            now = time.monotonic()
            if now >= self.deadline:
                return
            if next_at > now:
                time.sleep(next_at - now)
            next_at = max(next_at + interval, time.monotonic() - interval)
            host, path, missing = self.target(rng)
            started = time.perf_counter()
            status = None
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.args.port, timeout=30)
                connection.request(
                    "GET",
                    path,
                    headers={
                        "Host": host.split(":")[0] + f":{self.args.port}",
                        "Accept-Encoding": "identity",
                        "Connection": "close",
                    },
                )
                response = connection.getresponse()
                response.read()
                status = response.status
                connection.close()
            except (OSError, http.client.HTTPException):
                status = None
            self.recorder.request((time.perf_counter() - started) * 1000, status, missing, f"{host}{path}")

    def publisher(self, env: dict) -> None:
        """The first publish half a period in (so that a short run has one), then one a period."""
        next_at = time.monotonic() + self.args.publish_every / 2
        while next_at < self.deadline - 15:
            time.sleep(max(0.0, next_at - time.monotonic()))
            next_at += self.args.publish_every
            try:
                result = run([PYTHON, "manage.py", "shell", "-c", PUBLISH_SCRIPT], env, timeout=120)
                published = json.loads(result.stdout.strip().splitlines()[-1])
                if published["kind"] == "new":
                    with self.urls_lock:
                        self.urls["article"].append(published["url"])
                self.recorder.publish(True)
            except (subprocess.SubprocessError, ValueError, IndexError, KeyError) as error:
                print(f"  publish failed: {getattr(error, 'stderr', '') or error}"[:500], file=sys.stderr)
                self.recorder.publish(False)


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not answer")


def warm_up(args, urls: dict) -> None:
    """Until every worker has loaded the app and rendered each kind of page once (not counted):
    the master accepts connections before its workers are ready."""
    started = time.monotonic()
    targets = [target for kind in ("home", "news_index", "article", "bulletin", "section") for target in urls[kind][:1]]
    for host, path in targets * args.workers:
        while time.monotonic() - started < 300:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
                connection.request(
                    "GET", path, headers={"Host": host.split(":")[0] + f":{args.port}", "Connection": "close"}
                )
                status = connection.getresponse().status
                connection.close()
                if status < 500:
                    break
            except (OSError, http.client.HTTPException):
                time.sleep(1)
    print(f"warmed up in {time.monotonic() - started:.0f} s", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--rate", type=float, default=15, help="requests a second, all readers together")
    parser.add_argument("--concurrency", type=int, default=6, help="reader threads")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (production unit: 3)")
    parser.add_argument("--max-requests", type=int, default=0, help="gunicorn worker recycling (0: off)")
    parser.add_argument("--publish-every", type=float, default=90, help="seconds between publishes")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/khuyenhoc_soak")
    parser.add_argument(
        "--reuse-database",
        action="store_true",
        help="skip migrate and load_demo (the database was built with the same --port)",
    )
    args = parser.parse_args()

    production, dev = environments(args)
    prepare(args, production, dev)
    urls = json.loads(
        run([PYTHON, "manage.py", "shell", "-c", URLS_SCRIPT], production).stdout.strip().splitlines()[-1]
    )
    print("pages: " + ", ".join(f"{kind} {len(found)}" for kind, found in urls.items()), flush=True)

    gunicorn = subprocess.Popen(
        [
            GUNICORN,
            "config.wsgi",
            "--pythonpath",
            str(ROOT / "site"),
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.workers),
            "--timeout",
            "60",
            "--max-requests",
            str(args.max_requests),
            "--max-requests-jitter",
            str(args.max_requests // 10),
            "--error-logfile",
            str(VAR_DIR / "gunicorn.log"),
        ],
        cwd=ROOT,
        env=production,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    with (VAR_DIR / "db_worker.log").open("w") as worker_log:
        worker = subprocess.Popen(
            [PYTHON, "manage.py", "db_worker", "-v0"],
            cwd=ROOT,
            env=production,
            stdout=subprocess.DEVNULL,
            stderr=worker_log,
        )
    try:
        wait_for_port(args.port, gunicorn)
        warm_up(args, urls)
        soak(args, urls, production, gunicorn, worker)
    finally:
        for process in (gunicorn, worker):
            process.send_signal(signal.SIGTERM)
        for process in (gunicorn, worker):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def soak(args, urls: dict, env: dict, gunicorn: subprocess.Popen, worker: subprocess.Popen) -> None:
    recorder = Recorder()
    started = time.monotonic()
    deadline = started + args.minutes * 60
    traffic = Traffic(args, urls, recorder, deadline)
    threads = [threading.Thread(target=traffic.reader, args=(seed,), daemon=True) for seed in range(args.concurrency)]
    threads.append(threading.Thread(target=traffic.publisher, args=(env,), daemon=True))
    for thread in threads:
        thread.start()

    seen_workers: set[int] = set()
    first_rss = None
    print(
        f"{args.minutes:g} min at {args.rate:g} req/s, {args.concurrency} readers, {args.workers} gunicorn workers "
        f"(max-requests {args.max_requests}), a publish every {args.publish_every:g} s",
        flush=True,
    )
    print(
        f"{'min':>4} {'req':>6} {'err':>4} {'404?':>4} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
        f"{'pub':>4} {'load':>5}  RSS MiB: gunicorn workers (each), db_worker",
        flush=True,
    )
    minute_number = 0
    while time.monotonic() < deadline:
        minute_number += 1
        time.sleep(max(0.0, min(started + minute_number * 60, deadline) - time.monotonic()))
        minute = recorder.take()
        pids = children(gunicorn.pid)
        seen_workers.update(pids)
        each = [rss for rss in (rss_mib(pid) for pid in pids) if rss is not None]
        first_rss = first_rss or sum(each)
        worker_rss = rss_mib(worker.pid)
        failures = f"+{minute.publish_failures}!" if minute.publish_failures else ""
        print(
            f"{minute_number:>4} {len(minute.latencies):>6} {minute.errors:>4} {minute.not_found:>4} "
            f"{percentile(minute.latencies, 0.50):>8.1f} {percentile(minute.latencies, 0.95):>8.1f} "
            f"{percentile(minute.latencies, 0.99):>8.1f} {str(minute.publishes) + failures:>4} "
            f"{os.getloadavg()[0]:>5.1f} "
            f" {sum(each):7.1f} ({' '.join(f'{rss:.0f}' for rss in each)}), {worker_rss or float('nan'):.1f}",
            flush=True,
        )
    for thread in threads:
        thread.join(timeout=130)  # a publish under way finishes (its subprocess times out at 120 s)

    latencies = recorder.all_latencies
    end_rss = sum(rss for rss in (rss_mib(pid) for pid in children(gunicorn.pid)) if rss is not None)
    print(
        f"total: {len(latencies)} requests, {recorder.total_errors} errors, p50 {percentile(latencies, 0.5):.1f} ms, "
        f"p95 {percentile(latencies, 0.95):.1f} ms, p99 {percentile(latencies, 0.99):.1f} ms; "
        f"{recorder.published[0]} publishes ({recorder.published[1]} failed); "
        f"workers RSS {first_rss or 0:.1f} → {end_rss:.1f} MiB; {len(seen_workers)} worker processes seen"
    )
    for sample in recorder.error_samples:
        print(f"  error: {sample}")


if __name__ == "__main__":
    main()
