"""Search quality on the demo content: recall@10 and MRR over query → expected page pairs,
typed with diacritics, without, and with OCR-style noise. Prints figures; asserts nothing.

Usage (after `make demo` or `manage.py load_demo`): .venv/bin/python bench/search_quality.py
"""

import re
from html import unescape

import _django  # noqa: F401  (sets up Django)
from django.conf import settings
from django.test import Client

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


def rank_of(expected: str, urls: list[str]) -> int | None:
    for position, url in enumerate(urls[:10], start=1):
        if url == expected or (expected != "/" and url.startswith(expected)):
            return position
    return None


def main():
    client = Client()
    by_style: dict[str, list] = {}
    misses = []
    for query, expected, style, host in PAIRS:
        rank = rank_of(expected, result_urls(client.get("/tim-kiem/", {"q": query}, HTTP_HOST=host).text))
        by_style.setdefault(style, []).append(rank)
        if rank is None:
            misses.append((query, expected))
    print(f"{_django.backend_name()}; {len(PAIRS)} query → page pairs")
    for style, ranks in [("all", [r for rs in by_style.values() for r in rs])] + sorted(by_style.items()):
        recall = sum(r is not None for r in ranks) / len(ranks)
        mrr = sum(1 / r for r in ranks if r) / len(ranks)
        print(f"  {style:8} n={len(ranks):2}  recall@10 {recall:.3f}  MRR {mrr:.3f}")
    for query, expected in misses:
        print(f"  missed: {query!r} → {expected}")
    if "elasticsearch" not in settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]:
        print("Elasticsearch: not measured (no server on this machine; set ELASTICSEARCH_URL to run it there)")


if __name__ == "__main__":
    main()
