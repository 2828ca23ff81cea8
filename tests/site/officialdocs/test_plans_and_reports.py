"""Plans followed by reports (each task's latest result beside it), long documents with a table of contents,
and documents named in any text linked to them on the same Site."""

import datetime
from urllib.parse import urlsplit

import pytest

from officialdocs.models import LegalRegisterPage, ReportPage
from tests.factories import (
    LegalDocumentFactory,
    NewsPageFactory,
    PlanPageFactory,
    ReportPageFactory,
    SiteFactory,
    SuperuserFactory,
    http_host,
)


def task(content: str, status: str = "planned") -> dict:
    return {"type": "task", "value": {"content": content, "lead_unit": "", "timeframe": "", "status": status}}


def result(number: int, status: str, text: str = "") -> dict:
    return {"type": "task_result", "value": {"task_number": number, "status": status, "result": text}}


def heading(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def path_of(page) -> str:
    return urlsplit(page.url).path


@pytest.fixture
def site(db):
    return SiteFactory()


@pytest.fixture
def plan(site):
    body = [task("Tổ chức hội nghị."), task("Trao học bổng."), task("Tập huấn cán bộ.")]
    return PlanPageFactory(site=site, symbol="137/KH-HKH", body=body, publish=True)


def test_the_plan_shows_each_tasks_latest_result_and_the_reports_on_it(site, plan, client):
    early = ReportPageFactory(
        site=site,
        plan=plan,
        document_date=datetime.date(2024, 7, 1),
        body=[result(1, "in_progress"), result(2, "in_progress", "Đã trao 200 suất.")],
        publish=True,
    )
    late = ReportPageFactory(
        site=site,
        plan=plan,
        document_date=datetime.date(2025, 1, 5),
        body=[result(2, "done", "Đã trao đủ 500 suất.")],
        publish=True,
    )
    host = http_host(site)
    html = client.get(plan.url, HTTP_HOST=host).content.decode()
    tasks = html.split('class="task task--')[1:]
    assert tasks[0].startswith("in_progress") and f'href="{path_of(early)}"' in tasks[0]
    assert tasks[1].startswith("done") and "Đã trao đủ 500 suất." in tasks[1] and f'href="{path_of(late)}"' in tasks[1]
    assert tasks[2].startswith("planned") and "theo" not in tasks[2].split("</div>")[0]
    reports = html.split("Các báo cáo thực hiện kế hoạch")[1]
    assert reports.index(path_of(early)) < reports.index(path_of(late))
    report_html = client.get(late.url, HTTP_HOST=host).content.decode()
    assert f'href="{path_of(plan)}#nhiem-vu-2"' in report_html and 'id="nhiem-vu-2"' in html


def test_a_report_is_offered_only_its_own_sites_plans(site, plan):
    other_plan = PlanPageFactory(site=SiteFactory(), publish=True)
    report = ReportPageFactory(site=site, publish=True)
    form_class = ReportPage.get_edit_handler().get_form_class()
    form = form_class(instance=report, parent_page=report.get_parent(), for_user=SuperuserFactory())
    offered = set(form.fields["plan"].queryset)
    assert plan.page_ptr in offered or plan in offered
    assert other_plan not in offered and other_plan.page_ptr not in offered


def test_a_long_document_has_a_table_of_contents_that_jumps_to_its_sections(site, client):
    body = [heading("I. MỤC ĐÍCH"), task("Một việc."), heading("II. NỘI DUNG"), heading("III. TỔ CHỨC THỰC HIỆN")]
    long = PlanPageFactory(site=site, body=body, publish=True)
    html = client.get(long.url, HTTP_HOST=http_host(site)).content.decode()
    contents = html.split('class="official__contents"')[1].split("</nav>")[0]
    anchors = [part.split('"')[0] for part in contents.split('href="#')[1:]]
    assert len(anchors) == 3
    for anchor, text in zip(anchors, ("I. MỤC ĐÍCH", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"), strict=True):
        assert f'id="{anchor}">{text}<' in html
    short = PlanPageFactory(site=site, body=[heading("I. MỤC ĐÍCH")], publish=True)
    assert 'class="official__contents"' not in client.get(short.url, HTTP_HOST=http_host(site)).content.decode()


def test_documents_named_in_an_article_link_to_them_on_the_same_site_only(site, plan, client):
    report = ReportPageFactory(site=site, symbol="01/BC-HKH", publish=True)
    index = plan.get_parent()
    register = index.add_child(instance=LegalRegisterPage(title="Sổ văn bản", slug="so-van-ban"))
    LegalDocumentFactory(site=site, symbol="1373/QĐ-TTg")
    other = SiteFactory()
    ReportPageFactory(site=other, symbol="02/BC-HKH", publish=True)
    text = (
        "<p>Theo Báo cáo số 01/BC-HKH, Kế hoạch 137/KH-HKH và Quyết định số 1373/QĐ-TTg; "
        'xem <a href="/khac/">Báo cáo 01/BC-HKH</a>; còn 02/BC-HKH là của hội khác, 99/KH-XYZ không có.</p>'
    )
    article = NewsPageFactory(site=site, body=[{"type": "paragraph", "value": text}], publish=True)
    html = client.get(article.url, HTTP_HOST=http_host(site)).content.decode()
    assert f'<a class="mention" href="{path_of(report)}">01/BC-HKH</a>' in html
    assert f'<a class="mention" href="{path_of(plan)}">137/KH-HKH</a>' in html
    assert f'<a class="mention" href="{path_of(register)}?q=1373%2FQ%C4%90-TTg">1373/QĐ-TTg</a>' in html
    assert '<a href="/khac/">Báo cáo 01/BC-HKH</a>' in html  # a link stays as the editor made it
    assert "mention" not in html.split("còn ")[1].split("</p>")[0]
