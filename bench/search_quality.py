"""Search quality: recall@10 and MRR over query → expected page pairs. Prints figures; asserts nothing.

Two kinds of pairs:
- the hand-written pairs on the demo's pages (``PAIRS``: plain, accents, ocr, symbol);
- sets drawn from the database with a seed: page titles of the demo's pages and of generated pages
  (``manage.py generate_content``), each typed three ways: as written (accented), without marks
  (unaccented), and broken as an OCR'd scan breaks them (ocr, ``bench/ocr_noise.py``). The same
  targets in the three sets; ``--seed`` draws another sample and another OCR noise, so a tuned
  engine meets queries no test contains.

Usage (after `make demo` or `manage.py load_demo`, optionally `generate_content`):
    .venv/bin/python bench/search_quality.py [--seed 1] [--targets 120] [--misses 10]
"""

import argparse
import random
import re
from collections import defaultdict
from html import unescape

import _django  # noqa: F401  (sets up Django)
from django.conf import settings
from django.db.models import Count
from django.test import Client
from wagtail.models import Page, Site

from core.text import fold
from demo.ocr_noise import mangle
from sitesearch.models import SearchEntry

SONLA, SOCTRANG = "127.0.0.1:8000", "soctrang.localhost:8000"

# (query, expected URL (or its start), style, host)
PAIRS = [
    ("to hieu", "/chien-dich/quy-hoc-bong-to-hieu/", "plain", SONLA),
    ("Tô Hiệu", "/chien-dich/quy-hoc-bong-to-hieu/", "accents", SONLA),
    ("Quy hoc bong T6 Hiéu", "/chien-dich/quy-hoc-bong-to-hieu/", "ocr", SONLA),
    ("tiep suc mua thi", "/chien-dich/tiep-suc-mua-thi-2023/", "plain", SONLA),
    ("Tiếp sức mùa thi", "/chien-dich/tiep-suc-mua-thi-2023/", "accents", SONLA),
    ("Tiép sirc mua thi", "/chien-dich/tiep-suc-mua-thi-2023/", "ocr", SONLA),
    ("thuan chau", "/to-chuc-hoi/thuan-chau/", "plain", SONLA),
    ("Thuận Châu", "/to-chuc-hoi/thuan-chau/", "accents", SONLA),
    ("song ma", "/to-chuc-hoi/song-ma/", "plain", SONLA),
    ("Séng Ma", "/to-chuc-hoi/song-ma/", "ocr", SONLA),
    ("moc chau", "/to-chuc-hoi/moc-chau/", "plain", SONLA),
    ("mai son", "/to-chuc-hoi/mai-son/", "plain", SONLA),
    ("yen chau", "/to-chuc-hoi/yen-chau/", "plain", SONLA),
    ("phu yen", "/to-chuc-hoi/phu-yen/", "plain", SONLA),
    ("bac yen", "/to-chuc-hoi/bac-yen/", "plain", SONLA),
    ("quynh nhai", "/to-chuc-hoi/quynh-nhai/", "plain", SONLA),
    ("muong la", "/to-chuc-hoi/muong-la/", "plain", SONLA),
    ("sop cop", "/to-chuc-hoi/sop-cop/", "plain", SONLA),
    ("van ho", "/to-chuc-hoi/van-ho/", "plain", SONLA),
    ("chieng la", "/to-chuc-hoi/thuan-chau/chieng-la/", "plain", SONLA),
    ("137/KH-HKH", "/van-ban/ke-hoach-137-kh-hkh-nhiem-vu-nam-2024/", "symbol", SONLA),
    ("137 KH HKH", "/van-ban/ke-hoach-137-kh-hkh-nhiem-vu-nam-2024/", "symbol", SONLA),
    ("01/BC-HKH", "/van-ban/bao-cao-01-bc-hkh-tong-ket-nam-2023/", "symbol", SONLA),
    ("01bchkh", "/van-ban/bao-cao-01-bc-hkh-tong-ket-nam-2023/", "symbol", SONLA),
    ("bao cao tong ket cong tac khuyen hoc nam 2023", "/van-ban/bao-cao-01-bc-hkh-tong-ket-nam-2023/", "plain", SONLA),
    ("ke hoach tuyen truyen nam 2023", "/van-ban/ke-hoach-tuyen-truyen-nam-2023/", "plain", SONLA),
    ("hoi nghi chuyen de 2022", "/van-ban/bao-cao-hoi-nghi-chuyen-de-2022/", "plain", SONLA),
    ("35/KH-HKH", "/van-ban/ke-hoach-35-kh-hkh-cong-tac-nam-2025/", "symbol", SOCTRANG),
    ("ke hoach cong tac khuyen hoc nam 2025", "/van-ban/ke-hoach-35-kh-hkh-cong-tac-nam-2025/", "plain", SOCTRANG),
    ("1373/QĐ-TTg", "/van-ban/so-dang-ky-van-ban/?doc_type=qd", "symbol", SONLA),
    ("49-KL/TW", "/van-ban/so-dang-ky-van-ban/?doc_type=kl", "symbol", SONLA),
    ("chi thi 14/CT-TTg", "/van-ban/so-dang-ky-van-ban/?doc_type=ct", "symbol", SONLA),
    ("nuoi em khuyen hoc", "/chien-dich/nuoi-em-khuyen-hoc/", "plain", SONLA),
    ("Nudi em khuyén hoc", "/chien-dich/nuoi-em-khuyen-hoc/", "ocr", SONLA),
    ("mai am cho em", "/chien-dich/mai-am-cho-em/", "plain", SONLA),
    ("Mái ấm cho em", "/chien-dich/mai-am-cho-em/", "accents", SONLA),
    ("cung em den truong", "/chien-dich/cung-em-den-truong-2023/", "plain", SONLA),
    ("hoc khong bao gio cung", "/chien-dich/hoc-khong-bao-gio-cung-2024/", "plain", SONLA),
    ("ban tin so 35", "/ban-tin/so-35/", "plain", SONLA),
    ("Bản tin số 33", "/ban-tin/so-33/", "accents", SONLA),
    ("ban tin so 34", "/ban-tin/so-34/", "plain", SONLA),
    ("vinh danh mo hinh hoc tap", "/vinh-danh-mo-hinh-hoc-tap/", "plain", SONLA),
    ("hoc bong khen thuong 2023", "/hoc-bong-khen-thuong-2023/", "plain", SONLA),
    ("gioi thieu", "/gioi-thieu/", "plain", SONLA),
    ("lien he", "/lien-he/", "plain", SONLA),
    ("Hoi Khuyén hoc tinh Son La", "/", "ocr", SONLA),
    ("soc trang", "/", "plain", SOCTRANG),
]


def result_urls(html: str) -> list[str]:
    listing = html.split('class="results"', 1)[-1].split("</ol>", 1)[0]
    return [unescape(u) for u in re.findall(r'<li>\s*<a href="([^"]*)">', listing)]


def rank_of(expected: str, urls: list[str], prefix: bool = True) -> int | None:
    for position, url in enumerate(urls[:10], start=1):
        if url == expected or (prefix and expected != "/" and url.startswith(expected)):
            return position
    return None


def host_of(site: Site) -> str:
    return site.hostname if site.port == 80 else f"{site.hostname}:{site.port}"


def query_of(title: str, max_words: int = 12) -> str:
    return " ".join(title.split()[:max_words])


def targets(count: int, rng: random.Random) -> list[tuple[str, str, str, str]]:
    """(origin, title, url, host) of pages whose title names one page of its Site (else no rank
    means anything); half from the demo's pages (they have revisions), half from generated ones."""
    hosts = {site.pk: host_of(site) for site in Site.objects.all()}
    entries = SearchEntry.objects.filter(part=0).exclude(page=None)
    repeated = {
        (row["site_id"], row["title_folded"])
        for row in entries.values("site_id", "title_folded").annotate(n=Count("pk")).filter(n__gt=1)
    }
    revised = set(Page.objects.exclude(latest_revision=None).values_list("pk", flat=True))
    pools = defaultdict(list)
    for entry in entries.values("site_id", "title", "title_folded", "url", "page_id"):
        if (entry["site_id"], entry["title_folded"]) in repeated or len(entry["title"].split()) < 2:
            continue
        origin = "demo" if entry["page_id"] in revised else "generated"
        pools[origin].append((origin, entry["title"], entry["url"], hosts[entry["site_id"]]))
    chosen = []
    for _origin, pool in sorted(pools.items()):
        pool.sort()
        chosen += rng.sample(pool, min(len(pool), count // len(pools)))
    return chosen


def drawn_pairs(count: int, seed: int) -> list[tuple[str, str, str, str, str]]:
    """(query, expected url, set, host, origin): each target in the three sets."""
    rng = random.Random(seed)
    pairs = []
    for origin, title, url, host in targets(count, rng):
        query = query_of(title)
        pairs += [
            (query, url, "accented", host, origin),
            (fold(query), url, "unaccented", host, origin),
            (mangle(query, rng), url, "ocr", host, origin),
        ]
    return pairs


def report(name: str, ranks: list) -> str:
    recall = sum(r is not None for r in ranks) / len(ranks)
    mrr = sum(1 / r for r in ranks if r) / len(ranks)
    return f"  {name:22} n={len(ranks):3}  recall@10 {recall:.3f}  MRR {mrr:.3f}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1, help="another seed draws another set")
    parser.add_argument("--targets", type=int, default=120, help="pages drawn (each typed three ways)")
    parser.add_argument("--misses", type=int, default=10, help="misses listed per set")
    args = parser.parse_args()
    client = Client()
    print(f"{_django.backend_name()}; {SearchEntry.objects.count()} search entries")

    by_style: dict[str, list] = defaultdict(list)
    misses = []
    for query, expected, style, host in PAIRS:
        rank = rank_of(expected, result_urls(client.get("/tim-kiem/", {"q": query}, HTTP_HOST=host).text))
        by_style[style].append(rank)
        if rank is None:
            misses.append((query, expected))
    if Site.objects.filter(hostname="127.0.0.1", port=8000).exists():
        print(f"Hand-written pairs on the demo ({len(PAIRS)}):")
        for style, ranks in [("all", [r for rs in by_style.values() for r in rs])] + sorted(by_style.items()):
            print(report(style, ranks))
        for query, expected in misses:
            print(f"    missed: {query!r} → {expected}")

    pairs = drawn_pairs(args.targets, args.seed)
    by_set: dict[str, list] = defaultdict(list)
    drawn_misses: dict[str, list] = defaultdict(list)
    for query, expected, name, host, origin in pairs:
        urls = result_urls(client.get("/tim-kiem/", {"q": query}, HTTP_HOST=host).text)
        rank = rank_of(expected, urls, prefix=False)
        by_set[name].append(rank)
        by_set[f"{name} ({origin})"].append(rank)
        if rank is None:
            drawn_misses[name].append((query, expected))
    print(f"Drawn sets (seed {args.seed}, {len(pairs) // 3} pages; targets: OCR ≥ 0.8, accented/unaccented ≥ 0.95):")
    for name in sorted(by_set, key=lambda n: (n.split()[0] != "ocr", n)):
        print(report(name, by_set[name]))
    for name, missed in sorted(drawn_misses.items()):
        for query, expected in missed[: args.misses]:
            print(f"    missed ({name}): {query!r} → {expected}")
    if "elasticsearch" not in settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]:
        print("Elasticsearch: not measured (no server on this machine; set ELASTICSEARCH_URL to run it there)")


if __name__ == "__main__":
    main()
