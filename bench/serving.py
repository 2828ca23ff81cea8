"""Serving benchmark: the `make serve` stack on the demo database, uncached and cached, with the
static-file ceiling and a publish in the middle of a load run. Prints figures, asserts nothing.

Usage (after `make demo`; nginx, libnginx-mod-http-cache-purge and wrk installed):
    .venv/bin/python bench/serving.py [--seconds 10] [--port 18080]

It copies the demo's SQLite database (var/db.sqlite3, or DATABASE_URL's file) to a temporary
folder, in WAL mode (readers do not hold up the publish's commit), so the publish below leaves the demo as it was (a PostgreSQL DATABASE_URL is used as it
is), and starts deploy/serve.py's stack on it: nginx on --port, gunicorn (2 sync workers,
production settings) on --port+1, the purge listener on --port+2, the task worker; the cache is
CACHE_URL, else Redis database 14 (emptied at start: a Redis nobody else uses there).

For each page (article, home, news index, a bulletin issue, a campaign, an honour roll, a plan,
search), `wrk -t2 -c8 -d<seconds>s`:
    uncached   straight to gunicorn: req/s, and the gunicorn workers' CPU (utime+stime from
               /proc/<pid>/stat, before and after) divided by the requests wrk counted
    cached     through nginx after one warming request: req/s, nginx's workers' CPU per request
               (and gunicorn's, ~0 on a hit), and what X-Cache-Status said (search has a query
               string: it always passes by the cache)
    static     the cached article's very bytes written under STATIC_ROOT and served by the same
               nginx: the ceiling a cached page is compared with
Then the publish: wrk on the article through nginx, and in the middle another process (the
ORM, revision.publish(), which purges through the frontend cache after its commit) publishes a
new title, while this script reads the article through nginx every few milliseconds: it prints
how long publish() took, how long after it returned the new title was served, and how many old
versions were read after the first new one (none expected).
Figures move with the host (2 shared cores here: wrk runs on the same machine); ratios less.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path

import dj_database_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "deploy"))

import serve  # noqa: E402  (deploy/serve.py: the stack `make serve` runs)

TICKS = os.sysconf("SC_CLK_TCK")
BENCH_CACHE = "redis://127.0.0.1:6379/14"  # a Redis database of its own (emptied at start), unless CACHE_URL
PAGES = ["article", "home", "news index", "bulletin issue", "campaign", "honour roll", "plan", "search"]


# -- the publisher: a Django process of the stack's own settings -------------------------------


def publisher() -> None:
    """Print the pages' paths (JSON), then publish the article's new title on each "publish" line."""
    import _django  # noqa: F401  (bench/_django.py: Django set up, with the stack's settings module)
    from django.apps import apps
    from wagtail.models import Locale, Site

    model = apps.get_model
    site = Site.objects.get(is_default_site=True)
    vietnamese = Locale.get_default()

    def first(model, order="-first_published_at"):
        page = model.objects.live().public().descendant_of(site.root_page).filter(locale=vietnamese)
        return page.order_by(order).first()

    article = first(model("news", "NewsPage"))
    pages = {
        "article": article,
        "home": site.root_page,
        "news index": first(model("news", "NewsIndexPage"), "path"),
        "bulletin issue": first(model("bulletins", "BulletinIssuePage")),
        "campaign": first(model("campaigns", "CampaignPage")),
        "honour roll": first(model("honours", "HonourRollPage")),
        "plan": first(model("officialdocs", "PlanPage")),
    }
    paths = {name: page.get_url_parts()[2] for name, page in pages.items() if page is not None}
    paths["search"] = "/tim-kiem/?q=khuyen+hoc"
    print(json.dumps({"paths": paths, "title": article.title}), flush=True)
    for line in sys.stdin:
        if line.strip() != "publish":
            continue
        page = model("news", "NewsPage").objects.get(pk=article.pk)
        page.title = f"{article.title} · bản {time.time():.3f}"
        revision = page.save_revision()
        before = time.time()
        revision.publish()
        print(json.dumps({"before": before, "after": time.time(), "title": page.title}), flush=True)


# -- measuring ---------------------------------------------------------------------------------


def children(pid: int, named: str = "") -> list[int]:
    """The processes whose parent is ``pid`` (and whose command line holds ``named``)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == pid and named in (stat.parent / "cmdline").read_text(errors="replace"):
            found.append(int(stat.parent.name))
    return found


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICKS


def wrk(url: str, seconds: int) -> dict:
    result = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", url], capture_output=True, text=True, check=True
    )
    out = result.stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "errors": int(errors.group(1)) if errors else 0,
    }


def measure(url: str, seconds: int, app: list[int], web: list[int]) -> dict:
    app_before, web_before = cpu_seconds(app), cpu_seconds(web)
    figures = wrk(url, seconds)
    requests = max(figures["requests"], 1)
    figures["app_ms"] = (cpu_seconds(app) - app_before) * 1000 / requests
    figures["nginx_ms"] = (cpu_seconds(web) - web_before) * 1000 / requests
    return figures


def get(port: int, path: str, connection=None) -> tuple[str, bytes]:
    client = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    client.request("GET", path)
    response = client.getresponse()
    body = response.read()
    if connection is None:
        client.close()
    return response.getheader("X-Cache-Status") or "", body


def read_line(helper) -> dict:
    line = helper.stdout.readline()
    if not line.startswith("{"):
        sys.exit(f"The publisher stopped:\n{Path(helper.args[-1]).read_text()[-3000:]}")
    return json.loads(line)


def publish_under_load(stack, path: str, seconds: int, helper) -> dict:
    """wrk on the article through nginx; a publish in the middle; reads every few ms until the end."""
    port = stack.ports.public
    reads, stop = [], threading.Event()

    def poll():
        client = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while not stop.is_set():
            started = time.time()
            try:
                status, body = get(port, path, client)
            except (OSError, http.client.HTTPException):  # nginx closed the kept-alive connection
                client.close()
                continue
            reads.append((started, time.time(), status, body))
            time.sleep(0.005)
        client.close()

    load = subprocess.Popen(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", f"http://127.0.0.1:{port}{path}"], stdout=subprocess.PIPE, text=True
    )
    poller = threading.Thread(target=poll)
    poller.start()
    time.sleep(seconds / 3)
    helper.stdin.write("publish\n")
    helper.stdin.flush()
    published = read_line(helper)
    load.wait()
    stop.set()
    poller.join()
    marker = published["title"].encode()
    fresh = [(ended, status) for _started, ended, status, body in reads if marker in body]
    first_fresh, first_status = min(fresh) if fresh else (None, "?")
    # an old version to a request sent after publish() returned (the purge is done by then)
    stale = [started for started, _ended, _status, body in reads if started > published["after"] and marker not in body]
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", load.stdout.read()).group(1))
    return {
        "publish_ms": (published["after"] - published["before"]) * 1000,
        "delay_ms": (first_fresh - published["after"]) * 1000 if first_fresh else None,
        "first_status": first_status,
        "reads": len(reads),
        "stale": len(stale),
        "last_stale_ms": (max(stale) - published["after"]) * 1000 if stale else None,
        "rps": rps,
    }


# -- the run -----------------------------------------------------------------------------------


def database_copy(folder: Path) -> dict:
    """The environment that points the stack at a copy of the demo's SQLite database."""
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{serve.VAR_DIR / 'db.sqlite3'}"
    if not url.startswith("sqlite:"):
        return {"DATABASE_URL": url}
    source = Path(dj_database_url.parse(url)["NAME"])
    if not source.exists():
        sys.exit(f"No demo database at {source}: run `make demo` first.")
    copy = folder / "db.sqlite3"
    with closing(sqlite3.connect(source)) as original, closing(sqlite3.connect(copy)) as target:
        original.backup(target)
        # readers never block the publisher's commit (the demo's rollback journal makes it wait behind them)
        target.execute("PRAGMA journal_mode=WAL")
    return {"DATABASE_URL": f"sqlite:///{copy}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="each wrk run (default 10)")
    parser.add_argument("--port", type=int, default=18080, help="nginx; gunicorn +1, purge +2")
    parser.add_argument("--publisher", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--log", help=argparse.SUPPRESS)  # where the publisher's errors go
    args = parser.parse_args()
    if args.publisher:
        publisher()
        return
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk).")
    folder = Path(tempfile.mkdtemp(prefix="khuyenhoc-serving-"))
    ports = serve.Ports(args.port, args.port + 1, args.port + 2)
    env = {"CACHE_URL": os.environ.get("CACHE_URL", BENCH_CACHE), **database_copy(folder)}
    stack = serve.Stack(ports, out=folder / "serve", env=env, quiet=True)
    static = serve.VAR_DIR / "static" / "bench-serving"
    stack.start()
    log = folder / "publisher.log"
    helper = subprocess.Popen(
        [sys.executable, __file__, "--publisher", "--log", str(log)],
        cwd=ROOT,
        env=stack.env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=log.open("w"),
        text=True,
    )
    try:
        paths = read_line(helper)["paths"]
        app = children(stack.processes["gunicorn"].pid)
        web = children(stack.processes["nginx"].pid, "worker process")  # not the cache manager and loader
        print(f"{len(app)} gunicorn workers, {len(web)} nginx workers; wrk -t2 -c8, {args.seconds} s a run\n")
        rows = []
        for name in PAGES:
            path = paths.get(name)
            if path is None:
                print(f"{name}: none in the demo")
                continue
            for _warm in range(2):  # renditions and fragments made, worker caches filled
                get(ports.app, path)
            uncached = measure(f"http://127.0.0.1:{ports.app}{path}", args.seconds, app, web)
            get(ports.public, path)  # into nginx's cache
            status, body = get(ports.public, path)
            cached = measure(f"http://127.0.0.1:{ports.public}{path}", args.seconds, app, web)
            rows.append((name, path, uncached, cached, status))
            if name == "article":  # the ceiling right after it, the host as busy as it was
                article_body = body
                static.mkdir(parents=True, exist_ok=True)
                (static / "article.html").write_bytes(body)
                ceiling_url = f"http://127.0.0.1:{ports.public}/static/bench-serving/article.html"
                ceiling = measure(ceiling_url, args.seconds, app, web)
        during = publish_under_load(stack, paths["article"], max(args.seconds, 6), helper)
        purged = "; ".join(re.findall(r"Purged \d+ addresses at \S+ in \d+ ms", log.read_text())) or "no purge logged"
    finally:
        helper.kill()
        stack.stop()
        shutil.rmtree(static, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)

    head = f"{'page':<15} {'uncached r/s':>12} {'app ms/req':>10} {'cached r/s':>11} {'nginx ms/req':>12} {'app ms/req':>10}  X-Cache"
    print(head)
    print("-" * len(head))
    for name, _path, uncached, cached, status in rows:
        errors = f"  ({uncached['errors'] + cached['errors']} non-2xx)" if uncached["errors"] + cached["errors"] else ""
        print(
            f"{name:<15} {uncached['rps']:>12.1f} {uncached['app_ms']:>10.1f} {cached['rps']:>11.1f} "
            f"{cached['nginx_ms']:>12.3f} {cached['app_ms']:>10.2f}  {status}{errors}"
        )
    print(f"{'static ceiling':<15} {'':>12} {'':>10} {ceiling['rps']:>11.1f} {ceiling['nginx_ms']:>12.3f}")
    article = rows[0][3] if rows and rows[0][0] == "article" else None
    if article:
        print(f"\ncached article / static ceiling: {article['rps'] / ceiling['rps']:.2f} ({len(article_body)} bytes)")
    print(
        f"\npublish under load (wrk on the article through nginx, {during['rps']:.0f} req/s, {during['reads']} reads):"
    )
    print(f"  publish() took {during['publish_ms']:.0f} ms, its commit and purge included ({purged})")
    if during["delay_ms"] is None:
        print("  the new title was NEVER served")
    else:
        print(
            f"  the new title was first served {during['delay_ms']:.0f} ms after publish() returned "
            f"(X-Cache-Status {during['first_status']}: the new page rendered, readers waiting on nginx's cache lock)"
        )
    late = f", the last {during['last_stale_ms']:.0f} ms after it" if during["stale"] else ""
    print(f"  old versions served to requests sent after publish() returned: {during['stale']}{late}")


if __name__ == "__main__":
    main()
