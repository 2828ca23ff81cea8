"""Search latency through the real views: the search page (/tim-kiem/), the header's suggestions
(/tim-kiem/goi-y/) and the API's ?search= (/api/v2/pages/). Prints p50/p95/max per kind.

Usage (on a database filled with `manage.py generate_content --pages 50000`, see bench/run_speed.sh):
    .venv/bin/python bench/search_speed.py [--queries 200] [--seed 7]
"""

import argparse
import os
import random
import statistics
import time

import _django  # noqa: F401  (sets up Django)
from django.test import Client
from wagtail.models import Site

from core.text import fold
from demo.vocabulary import ACTIONS, PLACES, TOPICS
from sitesearch.models import SearchEntry


def queries(count: int, seed: int) -> list[str]:
    """What readers type: topics and places with and without accents, phrases, quotes, document
    symbols, a typo (the tolerant retry), and combinations."""
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


def prefixes(count: int, seed: int) -> list[str]:
    """What the header's box sends while one types: the first letters of a title's words."""
    rng = random.Random(seed)
    phrases = TOPICS + PLACES + ACTIONS
    out = []
    for _ in range(count):
        phrase = rng.choice(phrases)
        phrase = fold(phrase) if rng.random() < 0.5 else phrase
        out.append(phrase[: rng.randint(3, min(len(phrase), 14))].strip() or phrase)
    return out


def measure(client, host, url, params, key) -> tuple[list[float], list[float]]:
    """Wall time and this process's CPU time per request, in ms, each sorted. On a shared machine
    the wall time includes waiting for a core; the CPU time does not (nor, on PostgreSQL, the
    server's own work)."""
    wall, cpu = [], []
    for value in params:
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url, {key: value}, HTTP_HOST=host)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200, (url, value, response.status_code)
    return sorted(wall), sorted(cpu)


def p95(timings: list[float]) -> float:
    return timings[max(0, int(len(timings) * 0.95) - 1)]


def summary(name: str, wall: list[float], cpu: list[float]) -> str:
    return (
        f"  {name:28} n={len(wall):3}  p50 {statistics.median(wall):7.1f} ms  p95 {p95(wall):7.1f} ms  "
        f"max {wall[-1]:7.1f} ms   (CPU p50 {statistics.median(cpu):6.1f} ms, p95 {p95(cpu):6.1f} ms)"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    site = Site.objects.get(is_default_site=True)
    host = f"{site.hostname}:{site.port}"
    client = Client()
    kinds = [
        ("/tim-kiem/ (search page)", "/tim-kiem/", queries(args.queries, args.seed), "q"),
        ("/tim-kiem/goi-y/ (suggest)", "/tim-kiem/goi-y/", prefixes(args.queries, args.seed), "q"),
        ("/api/v2/pages/?search=", "/api/v2/pages/", queries(args.queries, args.seed + 1), "search"),
    ]
    for _name, url, params, key in kinds:  # warm up caches and connections
        client.get(url, {key: params[0]}, HTTP_HOST=host)
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"{_django.backend_name()}; {SearchEntry.objects.count()} search entries; load average {load}")
    for name, url, params, key in kinds:
        print(summary(name, *measure(client, host, url, params, key)))


if __name__ == "__main__":
    main()
