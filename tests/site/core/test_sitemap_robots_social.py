"""sitemap.xml (every language), robots.txt, OpenGraph/Twitter tags and share links."""

import re
from xml.etree import ElementTree

import pytest

from tests.factories import ImageFactory, NewsPageFactory, SiteFactory, StandardPageFactory, http_host, translate

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def site():
    """A Site in Vietnamese and English: its about page translated, two news."""
    site = SiteFactory()
    about = StandardPageFactory(site=site, title="Giới thiệu")
    translate(about, title="About", slug="about")
    NewsPageFactory.create_batch(2, site=site, lead_image=ImageFactory())
    return site


@pytest.fixture
def other_site():
    site = SiteFactory()
    NewsPageFactory(site=site)
    return site


def sitemap_urls(client, site):
    response = client.get("/sitemap.xml", HTTP_HOST=http_host(site))
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)  # well-formed XML or this raises
    return tree, [loc.text for loc in tree.findall("s:url/s:loc", NS)]


def test_sitemap_covers_every_locale_with_alternates(client, site):
    from news.models import NewsPage

    root = f"http://{http_host(site)}"
    tree, urls = sitemap_urls(client, site)
    assert f"{root}/" in urls
    assert f"{root}/en/" in urls
    assert len(urls) == len(set(urls))
    news = NewsPage.objects.live().public().descendant_of(site.root_page)
    assert len(news) == 2 and all(page.full_url in urls for page in news)
    english = [u for u in tree.findall("s:url", NS) if u.find("s:loc", NS).text.endswith("/en/about/")][0]
    alternates = {link.get("hreflang"): link.get("href") for link in english.findall("x:link", NS)}
    assert alternates == {"vi": f"{root}/gioi-thieu/", "en": f"{root}/en/about/"}


@pytest.mark.parametrize("which", ["site", "other_site"])
def test_sitemap_follows_the_sitemaps_protocol(client, request, which):
    """What sitemaps.org 0.9 and Google's hreflang rules ask of each entry."""
    from datetime import date

    site = request.getfixturevalue(which)
    root = f"http://{http_host(site)}/"
    tree, urls = sitemap_urls(client, site)
    assert tree.tag == "{{{}}}urlset".format(NS["s"])
    assert 0 < len(urls) <= 50_000
    allowed = {"{{{}}}{}".format(NS["s"], name) for name in ("loc", "lastmod", "changefreq", "priority")}
    allowed.add("{{{}}}link".format(NS["x"]))
    for entry in tree.findall("s:url", NS):
        children = [child.tag for child in entry]
        assert set(children) <= allowed and children.count("{{{}}}loc".format(NS["s"])) == 1
        loc = entry.find("s:loc", NS).text
        assert loc.startswith(root) and len(loc) < 2048 and loc == loc.strip()
        lastmod = entry.find("s:lastmod", NS)
        if lastmod is not None:
            date.fromisoformat(lastmod.text[:10])  # W3C datetime: a valid date first
        links = entry.findall("x:link", NS)
        for link in links:
            assert link.get("rel") == "alternate" and link.get("href").startswith(root)
        if links:  # the page lists itself among its alternates
            assert loc in {link.get("href") for link in links}


def test_sitemap_of_one_site_has_none_of_the_other(client, site, other_site):
    _tree, urls = sitemap_urls(client, other_site)
    assert urls and all(url.startswith(f"http://{http_host(other_site)}/") for url in urls)


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client, site):
    response = client.get("/robots.txt", HTTP_HOST=http_host(site))
    text = response.content.decode()
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    assert "Disallow: /quan-tri/" in text
    assert f"Sitemap: http://{http_host(site)}/sitemap.xml" in text


def meta(html: str, key: str) -> str | None:
    match = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)"', html)
    return match.group(1) if match else None


def test_article_carries_opengraph_and_twitter_tags_with_an_image_rendition(client, get_page):
    page = NewsPageFactory(lead_image=ImageFactory())
    html = get_page(page).content.decode()
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == page.title
    assert meta(html, "og:url") == page.full_url
    assert meta(html, "og:locale") == "vi_VN"
    image = meta(html, "og:image")
    assert image.startswith("http://") and "fill-1200x630" in image and image.endswith(".jpg")
    assert meta(html, "twitter:card") == "summary_large_image"
    assert client.get("/media/" + image.split("/media/", 1)[1]).status_code == 200


def test_share_links_need_no_third_party_script(client, get_page):
    page = NewsPageFactory()
    html = get_page(page).content.decode()
    encoded = page.full_url.replace(":", "%3A").replace("/", "%2F")
    assert f'href="https://zalo.me/share?url={encoded}"' in html
    assert f'href="https://www.facebook.com/sharer/sharer.php?u={encoded}"' in html
    assert f'data-copy-url="{page.full_url}"' in html
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', html)
    assert scripts and all(src.startswith("/") for src in scripts)


def test_print_stylesheet_does_not_block_rendering(client, site):
    html = client.get("/", HTTP_HOST=http_host(site)).content.decode()
    assert re.search(r'<link rel="stylesheet" href="[^"]+print\.css" media="print">', html)
