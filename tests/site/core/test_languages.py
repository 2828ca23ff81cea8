"""Languages: English under /en/, Thái and Mông on Sơn La only, Vietnamese fallback, switcher, hreflang."""

import re
from pathlib import Path

import pytest
from wagtail.models import Locale, Page

from news.models import NewsPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

SONLA = "127.0.0.1:8000"
SOCTRANG = "soctrang.localhost:8000"
ARTICLE_VI = "/tin-tuc/tiep-suc-mua-thi-2023-gan-1-ty-dong-tien-mat-va-hien-vat-cho-hoc-sinh-lop-12/"
ARTICLE_EN = "/en/news/exam-season-support-2023/"


def switcher(html: str) -> dict[str, str]:
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {code: href for href, code in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', nav)}


def test_demo_ships_english_translations_made_with_wagtail_localize():
    from wagtail_localize.models import Translation

    english = Locale.objects.get(language_code="en")
    titles = set(Page.objects.filter(locale=english, alias_of__isnull=True).values_list("title", flat=True))
    assert {"About us", "News"} <= titles
    assert NewsPage.objects.filter(locale=english).live().count() >= 2
    assert Translation.objects.filter(target_locale=english).count() >= 5


def test_english_page_has_english_interface_lang_and_alternates(client):
    response = client.get(ARTICLE_EN, HTTP_HOST=SONLA)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "Exam Season Support" in html
    assert ">Home<" in html and "Trang chủ" not in html
    assert f'hreflang="vi" href="http://{SONLA}{ARTICLE_VI}"' in html
    assert f'hreflang="en" href="http://{SONLA}{ARTICLE_EN}"' in html
    assert 'hreflang="x-default"' in html
    assert "notice--language" not in html


def test_switcher_leads_to_the_same_page_in_each_language(client):
    links = switcher(client.get(ARTICLE_VI, HTTP_HOST=SONLA).content.decode())
    assert links["vi"] == ARTICLE_VI
    assert links["en"] == ARTICLE_EN
    # no Thái translation: the Vietnamese address under the Thái prefix
    assert links["blt"] == "/blt" + ARTICLE_VI
    assert links["hmn"] == "/hmn" + ARTICLE_VI
    back = switcher(client.get(ARTICLE_EN, HTTP_HOST=SONLA).content.decode())
    assert back["vi"] == ARTICLE_VI and back["blt"] == "/blt" + ARTICLE_VI


def test_missing_translation_falls_back_to_vietnamese_with_a_notice(client):
    page = NewsPage.objects.live().filter(locale__language_code="vi", slug__startswith="viettel").first()
    untranslated = (
        NewsPage.objects.live()
        .filter(locale__language_code="vi")
        .exclude(translation_key__in=NewsPage.objects.filter(locale__language_code="en").values("translation_key"))
        .descendant_of(page.get_site().root_page)
        .first()
    )
    path = untranslated.relative_url(untranslated.get_site())
    for prefix, notice in (("/en", "This page is not yet available in English"), ("/blt", "Trang này chưa có bản")):
        response = client.get(prefix + path, HTTP_HOST=SONLA)
        html = response.content.decode()
        assert response.status_code == 200, prefix
        assert untranslated.title in html
        assert notice in html
        # the Vietnamese text is marked Vietnamese: on <main> under /en/; under /blt/ the whole
        # interface is Vietnamese, so <html lang="vi"> already says it
        if prefix == "/en":
            assert '<html lang="en">' in html and re.search(r'<main[^>]* lang="vi"', html)
        else:
            assert '<html lang="vi">' in html and not re.search(r"<main[^>]* lang=", html)
        # canonical points to the Vietnamese page; no hreflang for a language it lacks
        assert f'<link rel="canonical" href="{untranslated.full_url}">' in html


def test_unknown_address_under_a_language_is_still_a_404(client):
    assert client.get("/en/khong-co-trang-nay/", HTTP_HOST=SONLA).status_code == 404


def test_thai_and_hmong_are_offered_on_son_la_only(client):
    sonla = switcher(client.get("/", HTTP_HOST=SONLA).content.decode())
    soctrang = switcher(client.get("/", HTTP_HOST=SOCTRANG).content.decode())
    assert set(sonla) == {"vi", "en", "blt", "hmn"}
    assert set(soctrang) == {"vi", "en"}
    assert client.get("/blt/", HTTP_HOST=SONLA).status_code == 200
    assert client.get("/blt/", HTTP_HOST=SOCTRANG).status_code == 404
    assert client.get("/hmn/tin-tuc/", HTTP_HOST=SOCTRANG).status_code == 404


def test_thai_page_renders_vietnamese_interface_and_loads_tai_viet_font_only_when_needed(client):
    html = client.get("/blt/", HTTP_HOST=SONLA).content.decode()
    # the Thái catalogue is untranslated: the interface is Vietnamese and says so
    assert '<html lang="vi">' in html
    assert "Trang chủ" in html
    assert re.search(r'<a href="/blt/" hreflang="blt" lang="vi"[^>]*>Tiếng Thái</a>', html)
    assert "Trang này chưa có bản tiếng Thái" in html
    from django.contrib.staticfiles import finders

    css = Path(finders.find("base/css/site.css")).read_text(encoding="utf-8")
    assert "unicode-range: U+AA80-AADF" in css
    assert finders.find("base/fonts/noto-sans-tai-viet.woff2")


def test_menu_shows_translated_sections_in_english(client):
    html = client.get("/en/", HTTP_HOST=SONLA).content.decode()
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
    assert 'href="/en/news/"' in nav and ">News<" in nav
    assert 'href="/en/about/"' in nav
