"""generate_content on a Site of its own: pages written in bulk are valid Wagtail pages (a sound
tree, each parent's child count right), render on the site and in the admin, and are found by the
search once indexed; the older bulletin issues are scans with OCR-noisy page text."""

import io
import random
import re

import pytest
from django.core.management import call_command
from pypdf import PdfReader
from wagtail.models import Page

from bulletins.models import BulletinIndexPage, BulletinIssuePage, BulletinPdfPage
from chapters.models import ChapterKind, ChapterPage
from demo.ocr_noise import fold, mangle
from news.models import NewsIndexPage, NewsPage
from sitesearch import sync
from sitesearch.models import SearchEntry
from tests import factories

PAGES = 60


@pytest.fixture
def generated(db):
    site = factories.SiteFactory()
    for model in (NewsIndexPage, BulletinIndexPage):
        factories.section(site, model)
    district = factories.ChapterPageFactory(
        site=site, title="Hội Khuyến học huyện Mai Sơn", short_name="Mai Sơn", kind=ChapterKind.DISTRICT
    )
    before = Page.objects.count()
    out = io.StringIO()
    call_command("generate_content", pages=PAGES, site=site.hostname, no_index=True, seed=5, stdout=out)
    sync.reindex_subtree(site.root_page)  # this Site only: rebuild() would index every test's pages
    return {"site": site, "district": district, "created": Page.objects.count() - before, "out": out.getvalue()}


def test_writes_the_pages_asked_for_in_a_sound_tree(generated):
    assert generated["created"] == PAGES
    assert f"Tạo {PAGES} trang" in generated["out"]
    assert all(not problems for problems in Page.find_problems())
    district = Page.objects.get(pk=generated["district"].pk)
    assert district.numchild == district.get_children().count() > 0
    communes = ChapterPage.objects.child_of(district)
    assert communes.exists() and all(c.kind == ChapterKind.COMMUNE for c in communes)


def test_news_belong_to_their_chapter_and_span_years(generated):
    site = generated["site"]
    news = NewsPage.objects.descendant_of(site.root_page)
    under_chapters = [page for page in news if page.chapter_id]
    assert under_chapters and all(page.get_parent().pk == page.chapter_id for page in under_chapters)
    years = {page.date.year for page in news}
    assert len(years) >= 4
    assert all(page.url_path == page.get_parent().url_path + page.slug + "/" for page in news)


def test_generated_pages_render_on_the_site_and_in_the_admin(generated, client, admin_client):
    site = generated["site"]
    host = factories.http_host(site)
    pages = [
        NewsPage.objects.descendant_of(site.root_page).filter(kind="bai").first()
        or NewsPage.objects.descendant_of(site.root_page).first(),
        ChapterPage.objects.child_of(generated["district"]).first(),
        BulletinIssuePage.objects.descendant_of(site.root_page).first(),
    ]
    for page in pages:
        assert client.get(page.get_url(), HTTP_HOST=host).status_code == 200, page.title
        assert admin_client.get(f"/quan-tri/pages/{page.pk}/edit/").status_code == 200, page.title
    assert admin_client.get(f"/quan-tri/pages/{generated['district'].pk}/").status_code == 200


def test_a_scanned_issue_has_its_pdf_pages_with_ocr_text(generated):
    issue = BulletinIssuePage.objects.descendant_of(generated["site"].root_page).get()
    assert issue.is_scanned
    pages = BulletinPdfPage.objects.filter(issue=issue)
    with issue.pdf.file.open("rb") as handle:
        assert len(PdfReader(handle).pages) == pages.count() > 0
    text = " ".join(page.text for page in pages)
    assert "é" in text and not re.search(r"[^\x00-\x7f]", text.replace("é", ""))  # as the seeds' scan reads
    assert SearchEntry.objects.filter(page=issue, part__gt=0).count() == pages.count()


def test_the_search_finds_a_generated_page(generated, client):
    site = generated["site"]
    page = NewsPage.objects.descendant_of(site.root_page).order_by("pk").last()
    response = client.get("/tim-kiem/", {"q": page.title}, HTTP_HOST=factories.http_host(site))
    assert response.status_code == 200
    assert page.url_path.removeprefix(site.root_page.url_path) in response.text


def test_the_mangler_breaks_words_as_the_seed_scan_does():
    rng = random.Random(1)
    broken = [mangle("Hội Khuyến học tỉnh Sơn La", rng) for _ in range(50)]
    assert any("Khuyén" in b for b in broken)  # ê with a tone read as é, as in the report
    assert sum(b == fold("Hội Khuyến học tỉnh Sơn La") for b in broken) < 25
    assert mangle("Tô Hiệu", random.Random(3)) == mangle("Tô Hiệu", random.Random(3))
