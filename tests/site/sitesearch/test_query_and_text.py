"""Query parsing, folding, legacy encodings: pure functions, checked with examples and hypothesis."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.legacy_encodings import from_tcvn3, from_vni, to_unicode
from sitesearch.query import MAX_LENGTH, parse, to_search_query
from sitesearch.text import compact, ocr_variants, snippet


@pytest.mark.parametrize(
    "raw, terms, phrases, symbol",
    [
        ("Khuyến học", ["khuyen", "hoc"], [], ""),
        ('"học bổng" Tô Hiệu', ["to", "hieu"], ["hoc bong"], ""),
        ('"học bổng', ["hoc", "bong"], [], ""),  # a lone quote is ignored
        ("137/KH-HKH", ["137/kh-hkh"], [], "137khhkh"),
        ("137 KH HKH", ["137", "kh", "hkh"], [], "137khhkh"),
        ("* ( ) : ^ - + ~ \\ ' ; --", [], [], ""),
        ("ĐỒNG HỶ", ["dong", "hy"], [], ""),
    ],
)
def test_parse(raw, terms, phrases, symbol):
    parsed = parse(raw)
    assert parsed.terms == terms
    assert parsed.phrases == phrases
    assert parsed.symbol == symbol


def test_long_queries_are_cut():
    assert len(parse("khuyến học " * 2000).raw) <= MAX_LENGTH


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_query_or_nothing(raw):
    parsed = parse(raw)
    if not parsed.is_empty:
        to_search_query(parsed)  # builds without raising
    assert all(term == term.lower() for term in parsed.terms)


def test_symbols_compact_and_ocr_variants():
    assert compact("01/BC-HKH") == "01bchkh"
    assert "to" in ocr_variants("quy hoc bong t6 hieu").split()
    assert ocr_variants("nam 2023 co 351214") == ""


def test_snippet_highlights_folded_matches():
    text, spans = snippet("Quỹ Học bổng Tô Hiệu trao 80 suất", ["to hieu"])
    assert [text[s:e] for s, e in spans] == ["Tô Hiệu"]


def test_tcvn3_and_vni_are_converted_and_unicode_left_alone():
    assert from_tcvn3("Héi KhuyÕn häc tØnh S¬n La") == "Hội Khuyến học tỉnh Sơn La"
    assert to_unicode("M\xadêng Kh\xad¬ng") == ("Mường Khương", "tcvn3")
    assert from_vni("Hoäi Khuyeán hoïc tænh Sôn La") == "Hội Khuyến học tỉnh Sơn La"
    assert to_unicode("Giaùo aùn Toaùn hoïc lôùp 6") == ("Giáo án Toán học lớp 6", "vni")
    for text in ("Hội Khuyến học tỉnh Sơn La, hoà thuý", "Hoi Khuyén hoc tinh Son La, T6 Hiéu"):
        assert to_unicode(text) == (text, "unicode")


def test_a_query_typed_decomposed_is_read_as_composed():
    """Some keyboards send "ô" as "o" and a combining mark: the same words as typed composed."""
    decomposed = parse(unicodedata.normalize("NFD", "Sông Mã Séng"))
    assert decomposed.terms == ["song", "ma", "seng"] and decomposed.shown_terms == ["Sông", "Mã", "Séng"]
