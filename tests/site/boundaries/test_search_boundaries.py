"""Search stays within its Site: a legal document is found only on the Site whose register holds
it, search promotions show only the current Site's pages, and boards do not edit promotions."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from officialdocs.models import LegalDocument
from officialdocs.search import LEGAL
from sitesearch.models import SearchEntry

from .conftest import SOCTRANG_HTTP_HOST, SONLA_HTTP_HOST, assert_refused

pytestmark = pytest.mark.demo

HOSTS = {"sonla": SONLA_HTTP_HOST, "soctrang": SOCTRANG_HTTP_HOST}


def search(client, side, **params):
    response = client.get("/tim-kiem/", params, HTTP_HOST=HOSTS[side])
    assert response.status_code == 200
    return response


def legal_hits(response) -> list[str]:
    return [r["entry"].title for r in response.context["results"] if r["entry"].kind == LEGAL]


@pytest.mark.parametrize(
    "symbol, owner, stranger",
    [("14/NQ-HKH", "soctrang", "sonla"), ("1373/QĐ-TTg", "sonla", "soctrang")],
)
def test_a_legal_document_is_found_only_on_its_own_site(db, client, symbol, owner, stranger):
    assert any(symbol in title for title in legal_hits(search(client, owner, q=symbol)))
    assert not any(symbol in title for title in legal_hits(search(client, stranger, q=symbol)))
    assert not any(symbol in title for title in legal_hits(search(client, stranger, q=symbol, kind=LEGAL)))


@pytest.mark.parametrize("side", ["sonla", "soctrang"])
def test_the_legal_filter_lists_only_the_sites_own_documents(client, sides, side):
    response = search(client, side, q="văn bản", kind=LEGAL)
    entries = SearchEntry.objects.filter(kind=LEGAL, site=sides[side]["other"])
    foreign_titles = set(entries.values_list("title", flat=True)) - set(
        SearchEntry.objects.filter(kind=LEGAL, site=sides[side]["own"]).values_list("title", flat=True)
    )
    assert foreign_titles
    assert not foreign_titles & set(legal_hits(response))


def test_a_new_document_is_indexed_on_its_own_site_only(soctrang):
    doc = LegalDocument.objects.create(
        site=soctrang,
        symbol="21/QĐ-HKH",
        doc_type="qd",
        issuer="Hội Khuyến học tỉnh Sóc Trăng",
        title="Khen thưởng năm học",
    )
    entries = SearchEntry.objects.filter(kind=LEGAL, source_id=str(doc.pk))
    assert list(entries.values_list("site", flat=True)) == [soctrang.pk]


def test_every_legal_document_entry_sits_on_its_documents_site(db):
    entries = SearchEntry.objects.filter(source_type=ContentType.objects.get_for_model(LegalDocument))
    assert entries.exists()
    for entry in entries:
        assert LegalDocument.objects.get(pk=entry.source_id).site_id == entry.site_id


# -- promotions ---------------------------------------------------------------


@pytest.fixture
def promotions(sonla, soctrang):
    """One query promoting a page of each Site and an external link."""
    query = Query.get("khuyến học")
    sonla_page = sonla.root_page.get_children().live().public().first()
    soctrang_page = soctrang.root_page.get_children().live().public().first()
    return {
        "sonla": SearchPromotion.objects.create(query=query, page=sonla_page, sort_order=0),
        "soctrang": SearchPromotion.objects.create(query=query, page=soctrang_page, sort_order=1),
        "external": SearchPromotion.objects.create(
            query=query, external_link_url="https://example.org/", external_link_text="Ở nơi khác", sort_order=2
        ),
    }


@pytest.mark.parametrize("side", ["sonla", "soctrang"])
def test_promotions_show_only_the_current_sites_pages(client, promotions, side):
    shown = search(client, side, q="khuyến học").context["promoted"]
    assert [pick.pk for pick in shown] == [promotions[side].pk]


def test_boards_do_not_edit_promotions_in_the_admin(client, sonla_board, admin):
    client.force_login(sonla_board)
    assert_refused(client, reverse("wagtailsearchpromotions:index"))
    assert_refused(client, reverse("wagtailsearchpromotions:add"))
    client.force_login(admin)
    assert client.get(reverse("wagtailsearchpromotions:index")).status_code == 200
