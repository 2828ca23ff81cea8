"""The legal register as a reader filters it: words without diacritics, a count beside each option,
the number of documents found, pagination."""

import datetime
import unicodedata

import pytest

from officialdocs.models import DocumentIndexPage, LegalDocumentType, LegalRegisterPage
from tests.factories import LegalDocumentFactory, SiteFactory, http_host, section

pytestmark = pytest.mark.django_db


@pytest.fixture
def register():
    site = SiteFactory()
    register = section(site, DocumentIndexPage).add_child(
        instance=LegalRegisterPage(title="Sổ đăng ký văn bản", slug="so-dang-ky")
    )
    common = {"site": site}
    LegalDocumentFactory(
        **common,
        symbol="1373/QĐ-TTg",
        doc_type=LegalDocumentType.DECISION,
        issuer="Thủ tướng Chính phủ",
        issued_date=datetime.date(2021, 7, 30),
        title="Phê duyệt Đề án Xây dựng xã hội học tập giai đoạn 2021 – 2030",
    )
    LegalDocumentFactory(
        **common,
        symbol="49-KL/TW",
        doc_type=LegalDocumentType.CONCLUSION,
        issuer="Ban Bí thư",
        issued_date=datetime.date(2019, 5, 10),
        title="Về tiếp tục thực hiện Chỉ thị số 11-CT/TW về đẩy mạnh phong trào khuyến học",
    )
    LegalDocumentFactory(
        **common,
        symbol="489/QĐ-TTg",
        doc_type=LegalDocumentType.DECISION,
        issuer="Thủ tướng Chính phủ",
        issued_date=datetime.date(2019, 4, 20),
        title="Ban hành Kế hoạch thực hiện Kết luận số 49-KL/TW",
    )
    return register


def symbols(client, register, **query) -> list[str]:
    response = client.get(register.url, query, HTTP_HOST=http_host(register.get_site()))
    assert response.status_code == 200
    return sorted(doc.symbol for doc in response.context["page_obj"])


@pytest.mark.parametrize("words", ["xa hoi hoc tap", "XÃ HỘI học tập", "1373", "qd-ttg 1373", "hoc tap xa hoi"])
def test_words_are_matched_without_diacritics(client, register, words):
    assert symbols(client, register, q=words) == ["1373/QĐ-TTg"]


def test_the_words_reach_the_symbol_and_the_issuer(client, register):
    assert symbols(client, register, q="49-kl") == ["489/QĐ-TTg", "49-KL/TW"]
    assert symbols(client, register, q="ban bi thu") == ["49-KL/TW"]


def test_each_option_counts_what_choosing_it_gives(client, register):
    response = client.get(register.url, {"year": "2019"}, HTTP_HOST=http_host(register.get_site()))
    form = response.context["filter"].form
    assert dict(form.fields["doc_type"].choices) == {
        "": "Tất cả",
        LegalDocumentType.DECISION: "Quyết định (1)",
        LegalDocumentType.CONCLUSION: "Kết luận (1)",
    }
    assert dict(form.fields["issuer"].choices) == {
        "": "Tất cả",
        "Ban Bí thư": "Ban Bí thư (1)",
        "Thủ tướng Chính phủ": "Thủ tướng Chính phủ (1)",
    }
    assert dict(form.fields["year"].choices) == {"": "Tất cả", 2021: "2021 (1)", 2019: "2019 (2)"}
    assert "2 văn bản" in response.text


@pytest.mark.parametrize("query", ["?year=abc", "?doc_type=zz", "?issuer=%00", "?q=" + "x" * 500, "?page=99"])
def test_bad_filters_are_ignored(client, register, query):
    response = client.get(register.url + query, HTTP_HOST=http_host(register.get_site()))
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == 3


@pytest.mark.parametrize("words", ["xa hoi hoc tap", unicodedata.normalize("NFD", "Xã hội học tập"), "QUYẾT ĐỊNH 1373"])
def test_words_fold_as_the_search_folds_them(client, register, words):
    """Typed without accents, in capitals, or with combining marks (as some phones send them): "Đ" is "d"."""
    assert symbols(client, register, q=words) == ["1373/QĐ-TTg"]


def test_the_words_reach_the_type_of_document(client, register):
    """As its citation reads: "Quyết định số 1373/QĐ-TTg"."""
    assert symbols(client, register, q="quyet dinh 1373") == ["1373/QĐ-TTg"]
    assert symbols(client, register, q="quyet dinh") == ["1373/QĐ-TTg", "489/QĐ-TTg"]
