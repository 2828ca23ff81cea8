"""sitemap.xml (every language), robots.txt, OpenGraph/Twitter tags and share links."""

import re
from xml.etree import ElementTree

import pytest

from news.models import NewsPage

pytestmark = pytest.mark.django_db

SONLA = "127.0.0.1:8000"
SOCTRANG = "soctrang.localhost:8000"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_urls(client, host):
    response = client.get("/sitemap.xml", HTTP_HOST=host)
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)  # well-formed XML or this raises
    return tree, [loc.text for loc in tree.findall("s:url/s:loc", NS)]


def test_sitemap_covers_every_locale_with_alternates(client, sonla):
    tree, urls = sitemap_urls(client, SONLA)
    assert f"http://{SONLA}/" in urls
    assert f"http://{SONLA}/en/" in urls
    assert f"http://{SONLA}/en/news/exam-season-support-2023/" in urls
    assert len(urls) == len(set(urls))
    news = NewsPage.objects.live().public().descendant_of(sonla.root_page)
    assert news and all(page.full_url in urls for page in news)
    english = [u for u in tree.findall("s:url", NS) if u.find("s:loc", NS).text.endswith("/en/about/")][0]
    alternates = {link.get("hreflang"): link.get("href") for link in english.findall("x:link", NS)}
    assert alternates == {"vi": f"http://{SONLA}/gioi-thieu/", "en": f"http://{SONLA}/en/about/"}


@pytest.mark.parametrize("host", [SONLA, SOCTRANG])
def test_sitemap_follows_the_sitemaps_protocol(client, host):
    """What sitemaps.org 0.9 and Google's hreflang rules ask of each entry."""
    from datetime import date

    tree, urls = sitemap_urls(client, host)
    assert tree.tag == "{{{}}}urlset".format(NS["s"])
    assert 0 < len(urls) <= 50_000
    allowed = {"{{{}}}{}".format(NS["s"], name) for name in ("loc", "lastmod", "changefreq", "priority")}
    allowed.add("{{{}}}link".format(NS["x"]))
    for entry in tree.findall("s:url", NS):
        children = [child.tag for child in entry]
        assert set(children) <= allowed and children.count("{{{}}}loc".format(NS["s"])) == 1
        loc = entry.find("s:loc", NS).text
        assert loc.startswith(f"http://{host}/") and len(loc) < 2048 and loc == loc.strip()
        lastmod = entry.find("s:lastmod", NS)
        if lastmod is not None:
            date.fromisoformat(lastmod.text[:10])  # W3C datetime: a valid date first
        links = entry.findall("x:link", NS)
        for link in links:
            assert link.get("rel") == "alternate" and link.get("href").startswith(f"http://{host}/")
        if links:  # the page lists itself among its alternates
            assert loc in {link.get("href") for link in links}


def test_sitemap_of_one_site_has_none_of_the_other(client):
    _tree, urls = sitemap_urls(client, SOCTRANG)
    assert urls and all(url.startswith(f"http://{SOCTRANG}/") for url in urls)


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client):
    response = client.get("/robots.txt", HTTP_HOST=SONLA)
    text = response.content.decode()
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    assert "Disallow: /quan-tri/" in text
    assert f"Sitemap: http://{SONLA}/sitemap.xml" in text


def meta(html: str, key: str) -> str | None:
    match = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)"', html)
    return match.group(1) if match else None


def test_article_carries_opengraph_and_twitter_tags_with_an_image_rendition(client, get_page):
    page = NewsPage.objects.live().filter(lead_image__isnull=False, locale__language_code="vi").first()
    html = get_page(page).content.decode()
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == page.title
    assert meta(html, "og:url") == page.full_url
    assert meta(html, "og:locale") == "vi_VN"
    image = meta(html, "og:image")
    assert image.startswith("http://") and "fill-1200x630" in image and image.endswith(".jpg")
    assert meta(html, "twitter:card") == "summary_large_image"
    assert client.get(image.split(page.get_site().hostname + ":8000", 1)[1]).status_code == 200


def test_share_links_need_no_third_party_script(client, get_page):
    page = NewsPage.objects.live().filter(locale__language_code="vi").first()
    html = get_page(page).content.decode()
    encoded = page.full_url.replace(":", "%3A").replace("/", "%2F")
    assert f'href="https://zalo.me/share?url={encoded}"' in html
    assert f'href="https://www.facebook.com/sharer/sharer.php?u={encoded}"' in html
    assert f'data-copy-url="{page.full_url}"' in html
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', html)
    assert scripts and all(src.startswith("/") for src in scripts)


def test_print_stylesheet_does_not_block_rendering(client):
    html = client.get("/", HTTP_HOST=SONLA).content.decode()
    assert re.search(r'<link rel="stylesheet" href="[^"]+print\.css" media="print">', html)
