"""The search page: accent-insensitive, ranked, faceted, never a 500. On content of its own: a Site
with a fund, news, a chapter, a plan and a report, some of them sharing words, and a second Site."""

import datetime
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests import factories

from .conftest import kept_for_the_module, result_titles

FUND = "Quỹ Học bổng Tô Hiệu"
EXAMS = "Tiếp sức mùa thi năm 2023"
CHAPTER = "Hội Khuyến học huyện Thuận Châu"
PLAN = "Kế hoạch triển khai thực hiện nhiệm vụ năm 2024"
REPORT = "Báo cáo tổng kết công tác khuyến học năm 2023"
CLANS = "Dòng họ học tập ở xã Chiềng Cơi"


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    with kept_for_the_module(django_db_blocker):
        site, other = factories.SiteFactory(), factories.SiteFactory()
        fund = factories.CampaignPageFactory(
            site=site, title=FUND, fund_name=FUND, summary="Học bổng cho học sinh nghèo vượt khó.", publish=True
        )
        news = [
            (EXAMS, "Thanh niên tình nguyện tiếp sức cho thí sinh ở các điểm thi."),
            ("Trao học bổng mang tên nhà cách mạng Tô Hiệu cho học sinh", "Bốn mươi suất học bổng mang tên Tô Hiệu."),
            ("Xe ôm miễn phí đưa thí sinh tới điểm thi", "Mùa thi năm nay, nhiều bạn trẻ tiếp sức."),
            (CLANS, "Các dòng họ học tập nhận bằng khen của Hội Khuyến học tỉnh."),
            ("Học tập suốt đời ở xã vùng cao", "Các lớp học buổi tối cho người lớn."),
            ("Đồng Hỷ trao quà cho học sinh", "Hội Khuyến học ĐỒNG HỶ trao 100 suất quà."),
        ]
        for title, text in news:
            factories.NewsPageFactory(
                site=site, title=title, summary=text, date=datetime.date(2024, 5, 1), publish=True
            )
        chapter = factories.ChapterPageFactory(site=site, title=CHAPTER, short_name="Thuận Châu")
        factories.NewsPageFactory(parent=chapter, title="Thuận Châu khen thưởng giáo viên giỏi", publish=True)
        for plan in (PLAN, "Kế hoạch phát động phong trào khuyến học năm 2024"):
            factories.PlanPageFactory(site=site, title=plan, symbol="137/KH-HKH" if plan == PLAN else "", publish=True)
        factories.ReportPageFactory(site=site, title=REPORT, symbol="01/BC-HKH", publish=True)
        factories.NewsPageFactory(site=other, title="Sóc Trăng khai giảng lớp học tình thương", publish=True)
        factories.NewsPageFactory(site=site, title="Sơn La kết nghĩa với Sóc Trăng", publish=True)
        yield {"site": site, "other": other, "fund": fund}


@pytest.fixture
def search(client, corpus):
    def _search(site=None, **params):
        return client.get("/tim-kiem/", params, HTTP_HOST=factories.http_host(site or corpus["site"]))

    return _search


@pytest.mark.django_db
def test_queries_find_the_matching_page_first(search):
    for query, expected_first in [
        ("to hieu", FUND),
        ("tiep suc mua thi", EXAMS),
        ("thuan chau", CHAPTER),
        ("137/KH-HKH", PLAN),
        ("137 KH HKH", PLAN),
        ("01bchkh", REPORT),
        ("dong ho hoc tap", CLANS),
    ]:
        assert result_titles(search(q=query).text)[0] == expected_first, query


@pytest.mark.django_db
def test_with_and_without_diacritics_find_the_same(search):
    assert set(result_titles(search(q="Tô Hiệu").text)) == set(result_titles(search(q="to hieu").text))
    both = set(result_titles(search(q="ĐỒNG HỶ").text))
    assert both == set(result_titles(search(q="dong hy").text)) and "Đồng Hỷ trao quà cho học sinh" in both


@pytest.mark.django_db
def test_matches_are_highlighted_even_when_folded(search):
    assert re.search(r"<mark>tiếp</mark> <mark>sức</mark>", search(q="tiep suc").text, re.IGNORECASE)


@pytest.mark.django_db
def test_quoted_phrases_keep_word_order(search):
    phrase = result_titles(search(q='"hoc bong to hieu"').text)
    loose = result_titles(search(q="bong hieu to hoc").text)
    assert phrase and len(phrase) < len(loose)


@pytest.mark.django_db
def test_facets_filter_and_count(search):
    html = search(q="khuyen hoc").text
    assert "Loại" in html and "Năm" in html and "Kế hoạch" in html
    titles = result_titles(search(q="khuyen hoc", kind="ke-hoach").text)
    assert len(titles) == 2 and all(t.startswith("Kế hoạch") for t in titles)


@pytest.mark.django_db
def test_the_chapter_facet_counts_and_narrows(search):
    response = search(q="khen thuong")
    facets = {facet["name"]: facet["values"] for facet in response.context["facets"]}
    [(chapter, label, count)] = facets["chapter"]
    assert (label, count) == (CHAPTER, 1)
    assert result_titles(search(q="khen thuong", chapter=chapter).text) == ["Thuận Châu khen thưởng giáo viên giỏi"]
    assert result_titles(search(q="thuan chau", chapter=chapter).text) == [
        CHAPTER,
        "Thuận Châu khen thưởng giáo viên giỏi",
    ]


@pytest.mark.django_db
def test_sort_by_date(search):
    assert search(q="khuyen hoc", sort="date").status_code == 200


@pytest.mark.django_db
def test_typo_gets_a_tolerant_match_and_says_so(search):
    html = search(q="tieep succ").text
    assert "gần đúng" in html
    assert any("Tiếp sức" in t for t in result_titles(html))


@pytest.mark.django_db
def test_ocr_style_query_finds_the_page(search):
    html = search(q="Quy hoc bong T6 Hiéu").text
    assert "gần đúng" in html
    assert result_titles(html)[0] == FUND


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "x" * 10_000},
        {"q": '"'},
        {"q": '"học bổng'},
        {"q": "* ( ) : ^ - + ~ \\ ' ; --"},
        {"q": "khuyen", "kind": "khong-co"},
        {"q": "khuyen", "year": "abc"},
        {"q": "khuyen", "chapter": "999999"},
        {"q": "khuyen", "issue": "-1"},
        {"q": "khuyen", "category": "x" * 300},
        {"q": "khuyen", "page": "99999"},
        {"q": "khuyen", "page": "abc"},
        {"q": "khuyen", "sort": "x"},
        {"q": "\x00"},
    ],
)
def test_bad_input_answers_200_with_a_vietnamese_page(search, params):
    response = search(**params)
    assert response.status_code == 200
    assert "Tìm kiếm" in response.text


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(max_size=300), page=st.text(max_size=5))
def test_any_query_string_answers_200(search, q, page):
    assert search(q=q, page=page).status_code == 200


@pytest.mark.django_db
def test_api_search_folds_like_the_page(client, corpus):
    host = factories.http_host(corpus["site"])
    data = client.get("/api/v2/pages/", {"search": "to hieu"}, HTTP_HOST=host).json()
    assert data["items"][0]["title"] == FUND
    assert client.get("/api/v2/pages/", {"search": '"'}, HTTP_HOST=host).status_code == 200


@pytest.mark.django_db
def test_only_the_current_site(search, corpus):
    titles = result_titles(search(corpus["other"], q="soc trang").text)
    assert titles == ["Sóc Trăng khai giảng lớp học tình thương"]


@pytest.mark.django_db
def test_suggestions_fold(client, corpus):
    host = factories.http_host(corpus["site"])
    data = client.get("/tim-kiem/goi-y/", {"q": "tiep suc"}, HTTP_HOST=host).json()
    assert any("Tiếp sức" in s["title"] for s in data["suggestions"])


@pytest.mark.django_db
def test_editors_can_pin_results(search, corpus):
    SearchPromotion.objects.create(
        query=Query.get("hoc bong"), page=corpus["fund"], sort_order=0, description="Đang nhận đỡ đầu"
    )
    html = search(q="hoc bong").text
    assert "Đề xuất của Ban Biên tập" in html
    assert html.index("Đang nhận đỡ đầu") < html.index('class="results"')
