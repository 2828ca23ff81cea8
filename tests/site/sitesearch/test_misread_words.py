"""Words as an OCR'd scan misreads them ("Séng Ma" for "Sông Mã", "Thu6n" for "Thuận"), which the
archive's scans hold too: matching them as typed finds the scans, so the words meant are searched
as well and the pages with them in the title come first."""

import pytest

from sitesearch import engine, tolerance
from sitesearch.models import SearchEntry
from tests import factories

from .conftest import kept_for_the_module, result_titles, search

COMMON = 2  # in these tests: a look-alike twice as common as the word typed replaces it (20 in use)
WIDEN = 3  # and three matches as typed are enough not to look further


@pytest.fixture(scope="module")
def archive(django_db_setup, django_db_blocker):
    """Three scanned pages holding "Séng Ma" and "Thu6n Chau" as OCR read them; eight clean pages
    with "Sông" and "Thuận Châu", two of them titled with what the scans misread; three about
    "kinh tế"."""
    with kept_for_the_module(django_db_blocker):
        site = factories.SiteFactory()
        for number in (1, 2, 3):
            factories.NewsPageFactory(
                site=site,
                title=f"Bản tin số {number}, bản quét",
                summary="Hội Séng Ma và Thu6n Chau sinh hoat chi hội, tổng kết năm học.",
                publish=True,
            )
        factories.NewsPageFactory(site=site, title="Sông Mã trao học bổng", publish=True)
        factories.NewsPageFactory(site=site, title="Thuận Châu: sinh hoạt chi hội tháng 11", publish=True)
        for place in ("Sông Đà", "Sông Chu", "Sông Hồng", "Sông Cầu", "Sông Lô", "Sông Bôi"):
            factories.NewsPageFactory(
                site=site, title=f"Tin {place}", summary=f"Các tổ ven {place} và Thuận Châu góp quỹ.", publish=True
            )
        for region in (1, 2, 3):  # "te" as rare as "seng", beside a commoner look-alike ("to"), but typed as readers do
            factories.NewsPageFactory(site=site, title=f"Vùng {region}", summary="Phát triển kinh tế.", publish=True)
        yield site


@pytest.fixture
def rules(monkeypatch):
    monkeypatch.setattr(tolerance, "COMMON", COMMON)
    monkeypatch.setattr(engine, "WIDEN", WIDEN)


def titles(site, query):
    outcome = engine.search(SearchEntry.objects.filter(site=site), query, site.pk)
    return outcome, [hit.title for hit in outcome.hits[0:10]]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["Séng Ma", '"Séng Ma"'])  # in quotes too: the phrase as its words
def test_a_misread_word_finds_the_page_meant_before_the_scans_that_misread_it(archive, rules, query):
    outcome, found = titles(archive, query)
    assert outcome.misread and outcome.tolerant_terms[0] == "song"  # the commonest look-alike first
    assert found[0] == "Sông Mã trao học bổng"
    assert {f"Bản tin số {n}, bản quét" for n in (1, 2, 3)} <= set(found)  # the scans still found, after it


@pytest.mark.django_db
def test_a_misread_word_that_looks_like_a_document_symbol_is_not_ranked_as_one(archive, rules):
    outcome, found = titles(archive, "Thu6n Chau sinh hoat")
    assert outcome.misread and "thuan" in outcome.tolerant_terms
    assert found[0] == "Thuận Châu: sinh hoạt chi hội tháng 11"


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["sinh hoat chi hoi", "Sông", "Thuận Châu", "kinh te"])
def test_words_typed_with_care_or_commoner_than_their_look_alikes_are_taken_as_typed(archive, rules, query):
    outcome, _found = titles(archive, query)
    assert not outcome.misread and not outcome.tolerant_terms


@pytest.mark.django_db
def test_without_enough_scans_holding_it_a_misread_word_is_corrected_as_before(archive, monkeypatch):
    monkeypatch.setattr(engine, "WIDEN", 10)  # three matches as typed are few: the tolerant retry widens them
    outcome, found = titles(archive, "Séng Ma")
    assert outcome.widened and not outcome.misread and "song" in outcome.tolerant_terms
    assert set(found[:3]) == {f"Bản tin số {n}, bản quét" for n in (1, 2, 3)}  # as typed first: they were few


@pytest.mark.django_db
def test_the_search_page_says_which_words_were_read_as_misread(client, archive, rules):
    response = search(client, archive, q="Séng Ma")
    assert response.status_code == 200
    assert "Có từ giống chữ gõ hoặc quét sai; đã tìm cả «song" in response.text
    assert result_titles(response.text)[0] == "Sông Mã trao học bổng"


def test_a_token_with_digits_is_read_as_each_word_ocr_may_have_misread():
    thu6n, t6 = tolerance.look_alikes("thu6n"), tolerance.look_alikes("t6")
    assert (thu6n["thuon"], thu6n["thuan"]) == (0.0, 0.5)  # 6 for ô first, then for ậ
    assert (t6["to"], t6["ta"]) == (0.0, 0.5) and "t6" not in t6
    assert {"la", "ia"} <= set(tolerance.look_alikes("1a"))


@pytest.mark.parametrize(
    ("word", "careful"),
    [
        ("Tạ", True),
        ("Sông", True),
        ("Mường", True),
        ("Séng", False),
        ("khuyén", False),
        ("thu6n", False),
        ("ma", False),
    ],
)
def test_a_word_with_marks_ocr_does_not_write_was_typed_with_care(word, careful):
    assert tolerance.typed_with_care(word) is careful


@pytest.mark.parametrize(
    ("typed", "scanned"),
    [("Séng", True), ("T6", True), ("hdi", True), ("nhitng", True), ("dugc", True)]
    + [("te", False), ("khuyen", False), ("nghiep", False), ("truong", False), ("gi", False), ("hoach", False)],
)
def test_a_word_looks_scanned_with_ocr_s_e_a_digit_or_no_vietnamese_syllable(typed, scanned):
    assert tolerance.looks_scanned(typed, typed.lower().replace("é", "e")) is scanned
