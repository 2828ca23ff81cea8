"""A plan with its tasks and legal bases, a report and the register cost a handful of queries once their
fragments are warm, and follow the register: an entry added or changed shows on the next reading."""

import datetime

import pytest

from officialdocs.models import DocumentIndexPage, LegalRegisterPage, PlanLegalBasis
from tests.factories import (
    DocumentFactory,
    LegalDocumentFactory,
    PlanPageFactory,
    ReportPageFactory,
    SiteFactory,
    http_host,
    section,
)

pytestmark = pytest.mark.django_db

DOCUMENT_BUDGET = 10
LISTING_BUDGET = 12
COLD_BUDGET = 40  # the first reader after a change: no query per basis, per task or per register entry


def task(content: str) -> dict:
    return {
        "type": "task",
        "value": {"content": content, "lead_unit": "Ban Thường trực", "timeframe": "", "status": ""},
    }


def result(number: int, status: str) -> dict:
    return {"type": "task_result", "value": {"task_number": number, "status": status, "result": "Đã làm xong."}}


def heading(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


@pytest.fixture
def site():
    return SiteFactory()


@pytest.fixture
def plan(site):
    """Ten tasks under four headings, five legal bases (two with their file), two reports on it."""
    body = [
        block for n in range(4) for block in (heading(f"Phần {n + 1}"), task(f"Nhiệm vụ {n}a"), task(f"Nhiệm vụ {n}b"))
    ]
    plan = PlanPageFactory(site=site, symbol="137/KH-HKH", body=body + [task("Nhiệm vụ cuối")] * 2)
    for n in range(5):
        document = LegalDocumentFactory(site=site, symbol=f"{n + 1}/QĐ-TTg", file=DocumentFactory() if n < 2 else None)
        PlanLegalBasis.objects.create(page=plan, document=document, sort_order=n)
    plan.save_revision().publish()
    for n in (1, 2):
        ReportPageFactory(site=site, plan=plan, document_date=datetime.date(2024, 6 * n, 1), body=[result(n, "done")])
    return plan


def get(client, page, query="") -> str:
    response = client.get(page.url + query, HTTP_HOST=http_host(page.get_site()))
    assert response.status_code == 200
    return response.content.decode()


def test_the_plan_within_its_budget(client, plan, django_assert_max_num_queries):
    with django_assert_max_num_queries(COLD_BUDGET):
        cold = get(client, plan)
    with django_assert_max_num_queries(DOCUMENT_BUDGET):
        warm = get(client, plan)
    assert warm == cold
    assert "Căn cứ Quyết định số 5/QĐ-TTg" in warm and "Nhiệm vụ 3b" in warm and "Mục lục" in warm


def test_a_report_within_its_budget(client, plan, django_assert_max_num_queries):
    report = plan.reports_on_it().first()
    with django_assert_max_num_queries(COLD_BUDGET):
        get(client, report)
    with django_assert_max_num_queries(DOCUMENT_BUDGET):
        assert "Nhiệm vụ số 1" in get(client, report)


@pytest.mark.parametrize("query", ["", "?q=quyet+dinh+3", "?year=2021&doc_type=qd"])
def test_the_register_within_its_budget(client, plan, site, query, django_assert_max_num_queries):
    for n in range(60):
        LegalDocumentFactory(site=site, symbol=f"{n + 100}/CV-HKH", doc_type="cv", issuer=f"Sở thử {n % 4}")
    register = section(site, DocumentIndexPage).add_child(instance=LegalRegisterPage(title="Sổ đăng ký", slug="so"))
    with django_assert_max_num_queries(COLD_BUDGET):
        cold = get(client, register, query)
    with django_assert_max_num_queries(LISTING_BUDGET):
        assert get(client, register, query) == cold


def test_a_changed_register_entry_shows_at_once(client, plan, site):
    assert "Thủ tướng Chính phủ" in get(client, plan)
    basis = plan.legal_bases.first().document
    basis.issuer = "Ủy ban nhân dân tỉnh Thử"
    basis.save()
    assert "Ủy ban nhân dân tỉnh Thử" in get(client, plan)
    register = section(site, DocumentIndexPage).add_child(instance=LegalRegisterPage(title="Sổ đăng ký", slug="so"))
    assert "999/TB-HKH" not in get(client, register)
    LegalDocumentFactory(site=site, symbol="999/TB-HKH", issued_date=datetime.date(2024, 2, 2))
    assert "999/TB-HKH" in get(client, register)
