"""Search latency: 200 varied queries through the real search page; prints p50/p95.

Usage (on a database filled with `manage.py generate_content --pages 50000`):
    .venv/bin/python bench/search_speed.py [--queries 200]
"""

import argparse
import random
import statistics
import time

import _django  # noqa: F401  (sets up Django)
from django.test import Client
from wagtail.models import Site

from core.text import fold
from demo.vocabulary import ACTIONS, PLACES, TOPICS
from sitesearch.models import SearchEntry


def queries(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    makers = [
        lambda: rng.choice(TOPICS),
        lambda: fold(rng.choice(TOPICS)),
        lambda: rng.choice(PLACES),
        lambda: fold(rng.choice(PLACES)),
        lambda: " ".join(rng.choice(ACTIONS).split()[:3]),
        lambda: fold(" ".join(rng.choice(ACTIONS).split()[:2])),
        lambda: f'"{rng.choice(TOPICS)}"',
        lambda: rng.choice(["137/KH-HKH", "01 BC HKH", "1373/QĐ-TTg", "35/KH-HKH"]),
        lambda: fold(rng.choice(PLACES)).replace("a", "aa", 1),  # a typo: tolerant retry
        lambda: f"{fold(rng.choice(TOPICS))} {fold(rng.choice(PLACES))}",
    ]
    return [rng.choice(makers)() for _ in range(count)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    site = Site.objects.get(is_default_site=True)
    host = f"{site.hostname}:{site.port}"
    client = Client()
    client.get("/tim-kiem/", {"q": "khuyen hoc"}, HTTP_HOST=host)  # warm up caches and connections
    timings = []
    for q in queries(args.queries):
        start = time.perf_counter()
        response = client.get("/tim-kiem/", {"q": q}, HTTP_HOST=host)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, q
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"{_django.backend_name()}; {SearchEntry.objects.count()} search entries")
    print(
        f"{len(timings)} queries through /tim-kiem/: p50 {statistics.median(timings):.1f} ms, "
        f"p95 {p95:.1f} ms, max {timings[-1]:.1f} ms"
    )


if __name__ == "__main__":
    main()
