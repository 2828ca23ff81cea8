"""The search page on the demo content: accent-insensitive, ranked, faceted, never a 500."""

import re
from html import unescape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SONLA = "127.0.0.1:8000"


def result_titles(html: str) -> list[str]:
    listing = html.split('class="results"', 1)[-1].split("</ol>", 1)[0]
    return [unescape(t) for t in re.findall(r'<li>\s*<a href="[^"]*">([^<]*)</a>', listing)]


def search(client, **params):
    return client.get("/tim-kiem/", params, HTTP_HOST=SONLA)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, expected_first",
    [
        ("to hieu", "Quỹ Học bổng Tô Hiệu"),
        ("tiep suc mua thi", "Tiếp sức mùa thi năm 2023"),
        ("thuan chau", "Hội Khuyến học huyện Thuận Châu"),
        ("137/KH-HKH", "Kế hoạch triển khai thực hiện nhiệm vụ năm 2024"),
        ("137 KH HKH", "Kế hoạch triển khai thực hiện nhiệm vụ năm 2024"),
        ("01bchkh", "Báo cáo tổng kết công tác khuyến học năm 2023, phương hướng, nhiệm vụ năm 2024"),
    ],
)
def test_queries_find_the_matching_page_first(client, query, expected_first):
    assert result_titles(search(client, q=query).text)[0] == expected_first


@pytest.mark.django_db
def test_dong_ho_hoc_tap_finds_learning_clans_first(client):
    first = result_titles(search(client, q="dong ho hoc tap").text)[0]
    assert "Dòng họ" in first or "dòng họ" in first


@pytest.mark.django_db
def test_with_and_without_diacritics_find_the_same(client):
    assert set(result_titles(search(client, q="Tô Hiệu").text)) == set(result_titles(search(client, q="to hieu").text))
    assert set(result_titles(search(client, q="ĐỒNG HỶ").text)) == set(result_titles(search(client, q="dong hy").text))


@pytest.mark.django_db
def test_matches_are_highlighted_even_when_folded(client):
    html = search(client, q="tiep suc").text
    assert re.search(r"<mark>tiếp</mark> <mark>sức</mark>", html, re.IGNORECASE)


@pytest.mark.django_db
def test_quoted_phrases_keep_word_order(client):
    phrase = result_titles(search(client, q='"hoc bong to hieu"').text)
    loose = result_titles(search(client, q="bong hieu to hoc").text)
    assert phrase and len(phrase) <= len(loose)


@pytest.mark.django_db
def test_facets_filter_and_count(client):
    html = search(client, q="khuyen hoc").text
    assert "Loại" in html and "Năm" in html
    only_plans = search(client, q="khuyen hoc", kind="ke-hoach").text
    titles = result_titles(only_plans)
    assert titles and all(t.startswith("Kế hoạch") for t in titles)


@pytest.mark.django_db
def test_sort_by_date(client):
    assert search(client, q="khuyen hoc", sort="date").status_code == 200


@pytest.mark.django_db
def test_typo_gets_a_tolerant_match_and_says_so(client):
    html = search(client, q="tieep succ").text
    assert "gần đúng" in html
    assert any("Tiếp sức" in t for t in result_titles(html))


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
def test_bad_input_answers_200_with_a_vietnamese_page(client, params):
    response = search(client, **params)
    assert response.status_code == 200
    assert "Tìm kiếm" in response.text


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(max_size=300), page=st.text(max_size=5))
def test_any_query_string_answers_200(client, q, page):
    assert client.get("/tim-kiem/", {"q": q, "page": page}, HTTP_HOST=SONLA).status_code == 200


@pytest.mark.django_db
def test_api_search_folds_like_the_page(client):
    data = client.get("/api/v2/pages/", {"search": "to hieu"}, HTTP_HOST=SONLA).json()
    assert data["items"][0]["title"] == "Quỹ Học bổng Tô Hiệu"
    assert client.get("/api/v2/pages/", {"search": '"'}, HTTP_HOST=SONLA).status_code == 200


@pytest.mark.django_db
def test_only_the_current_site(client):
    html = client.get("/tim-kiem/", {"q": "soc trang"}, HTTP_HOST="soctrang.localhost:8000").text
    assert result_titles(html)
    assert "Sơn La" not in " ".join(result_titles(html))


@pytest.mark.django_db
def test_minor_names_stay_out_of_the_index():
    from honours.models import HonourRecord, HonourRollPage
    from sitesearch.models import SearchEntry

    roll = HonourRollPage.objects.first()
    HonourRecord.objects.create(roll=roll, recipient_name="Quàng Văn Bình", award="Học bổng", year=2023, is_minor=True)
    assert not SearchEntry.objects.filter(text__contains="Quàng Văn Bình").exists()
    assert SearchEntry.objects.filter(title__startswith="Quàng V. B.").exists()


@pytest.mark.django_db
def test_suggestions_fold(client):
    data = client.get("/tim-kiem/goi-y/", {"q": "tiep suc"}, HTTP_HOST=SONLA).json()
    assert any("Tiếp sức" in s["title"] for s in data["suggestions"])


@pytest.mark.django_db
def test_ocr_style_query_finds_the_page(client):
    html = search(client, q="Quy hoc bong T6 Hiéu").text
    assert "gần đúng" in html
    assert result_titles(html)[0] == "Quỹ Học bổng Tô Hiệu"


@pytest.mark.django_db
def test_editors_can_pin_results(client):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    from campaigns.models import CampaignPage

    pinned = CampaignPage.objects.get(slug="nuoi-em-khuyen-hoc")
    SearchPromotion.objects.create(
        query=Query.get("hoc bong"), page=pinned, sort_order=0, description="Đang nhận đỡ đầu"
    )
    html = search(client, q="hoc bong").text
    assert "Đề xuất của Ban Biên tập" in html
    assert html.index("Đang nhận đỡ đầu") < html.index('class="results"')
