"""The data step that gave existing legal documents a Site (officialdocs 0003), run on the
current models: the citing Site keeps the document, a second citing Site gets its own copy,
an uncited document goes to the default Site."""

import importlib

import pytest
from wagtail.models import Page, Site

from officialdocs.models import LegalDocument, PlanLegalBasis, PlanPage, ReportLegalBasis

pytestmark = pytest.mark.demo

step = importlib.import_module("officialdocs.migrations.0003_assign_legal_documents_to_sites")
BASES = [PlanLegalBasis, ReportLegalBasis]


def settle(document, home):
    step.settle(document, BASES, step._site_roots(Site, Page), home.pk)
    document.refresh_from_db()


@pytest.fixture
def soctrang_plan(db):
    return PlanPage.objects.get(symbol="35/KH-HKH")


def new_document(site, symbol):
    return LegalDocument.objects.create(
        site=site, symbol=symbol, doc_type="qd", issuer="Thủ tướng Chính phủ", title="Phê duyệt Đề án"
    )


def test_a_document_cited_by_two_sites_is_copied_for_the_second(sonla, soctrang, sonla_document, soctrang_plan):
    foreign_basis = PlanLegalBasis.objects.create(page=soctrang_plan, document=sonla_document, sort_order=99)
    own_bases = set(PlanLegalBasis.objects.filter(document=sonla_document).exclude(pk=foreign_basis.pk))
    settle(sonla_document, home=sonla)
    assert sonla_document.site == sonla
    copy = PlanLegalBasis.objects.get(pk=foreign_basis.pk).document
    assert copy.pk != sonla_document.pk
    assert (copy.site, copy.symbol, copy.title) == (soctrang, sonla_document.symbol, sonla_document.title)
    assert own_bases and set(PlanLegalBasis.objects.filter(document=sonla_document)) == own_bases


def test_a_document_cited_by_one_site_only_goes_to_that_site(sonla, soctrang, soctrang_plan):
    document = new_document(sonla, "88/QĐ-TTg")
    PlanLegalBasis.objects.create(page=soctrang_plan, document=document, sort_order=99)
    settle(document, home=sonla)
    assert document.site == soctrang
    assert LegalDocument.objects.filter(symbol="88/QĐ-TTg").count() == 1


def test_an_uncited_document_goes_to_the_default_site(sonla, soctrang):
    document = new_document(soctrang, "89/QĐ-TTg")
    settle(document, home=sonla)
    assert document.site == sonla
