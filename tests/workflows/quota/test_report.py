"""The admin report: editors only, downloads, and no 500 whatever the query string says."""

import csv
from io import BytesIO, StringIO

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.factories import PASSWORD, http_host

from .conftest import president_username, vn

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def url():
    return reverse("quota_report")


@pytest.fixture
def editor_client(client, editor):
    """The province's board member, logged in."""
    assert client.login(username=editor.username, password=PASSWORD)
    return client


@pytest.fixture
def october(chapter, news, submit):
    thuan_chau = chapter("thuan-chau")
    submit(news(thuan_chau, "tin"), vn(2020, 10, 31, 23, 30))
    submit(news(thuan_chau, "bai"), vn(2020, 10, 1, 0, 0))
    return thuan_chau


@pytest.mark.django_db
def test_editor_sees_the_report(editor_client, url, october):
    response = editor_client.get(url, {"month": "2020-10"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Chỉ tiêu tin bài" in html and "Tháng 10/2020" in html
    assert "Chưa đạt" in html
    row = response.context["object_list"]
    thuan_chau = next(r for r in row if r.chapter.pk == october.pk)
    assert (thuan_chau.tin.submitted, thuan_chau.bai.submitted, thuan_chau.met) == (1, 1, False)


@pytest.mark.django_db
def test_default_is_the_current_month_of_the_request_site(client, url, other_board, other_province):
    from workflows.quota.periods import Period

    assert client.login(username=other_board.username, password=PASSWORD)
    response = client.get(url, HTTP_HOST=http_host(other_province))
    assert response.status_code == 200
    assert response.context["period"] == Period.current_month()
    assert response.context["site"] == other_province


@pytest.mark.django_db
def test_superuser_sees_the_report(client, url, admin):
    assert client.login(username=admin.username, password=PASSWORD)
    assert client.get(url, {"quarter": "2020-Q4"}).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("president", [True, False])
def test_presidents_and_visitors_are_turned_away(client, url, chapter, president):
    if president:
        chapter("thuan-chau")
        assert client.login(username=president_username("thuan-chau"), password=PASSWORD)
    response = client.get(url)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] != url


@pytest.mark.django_db
def test_csv_download(editor_client, url, october):
    response = editor_client.get(url, {"month": "2020-10", "export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "chi-tieu-tin-bai-2020-10" in response["Content-Disposition"]
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(StringIO(text)))
    assert rows[0][:2] == ["Chi hội", "Tin đã gửi"]
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name[october.display_name][1:] == [
        "1",
        "0",
        "0",
        "1",
        "0",
        "1",
        "0",
        "0",
        "1",
        "0",
        "Chưa đạt",
        "1 tin, 1 bài",
    ]


@pytest.mark.django_db
def test_xlsx_download(editor_client, url, october):
    response = editor_client.get(url, {"quarter": "2020-Q4", "export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    workbook = load_workbook(BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][0] == "Chi hội" and rows[0][5] == "Tin chưa qua kiểm tra" and rows[0][11] == "Chỉ tiêu"
    thuan_chau = next(row for row in rows if row[0] == october.display_name)
    assert thuan_chau[1] == 1 and thuan_chau[6] == 1 and thuan_chau[11] == "Chưa đạt"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {"month": "2024-13"},
        {"quarter": "abc"},
        {"site": "999"},
        {"site": "abc"},
        {"month": "0001-01"},
        {"month": "9999-12", "quarter": "2024-Q9", "site": "-1"},
        {"month": "2024-01", "p": "abc", "ordering": "nonsense"},
    ],
)
def test_bad_query_values_never_fail(editor_client, url, query):
    response = editor_client.get(url, query)
    assert response.status_code == 200
    if set(query) <= {"month", "quarter", "site"}:
        assert "không hợp lệ" in response.content.decode() or "Không có trang" in response.content.decode()
    export = editor_client.get(url, {**query, "export": "csv"})
    assert export.status_code in (200, 400)
    if export.status_code == 400:
        assert "Không tải được bảng" in export.content.decode()


@pytest.mark.django_db
def test_dashboard_panel_for_editors_only(client, editor, chapter):
    chapter("song-ma")
    assert client.login(username=editor.username, password=PASSWORD)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Chỉ tiêu tin bài tháng này" in html
    assert reverse("quota_report") in html
    client.logout()
    assert client.login(username=president_username("song-ma"), password=PASSWORD)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Chỉ tiêu tin bài tháng này" not in html
    assert reverse("quota_report") not in html  # nor the menu item


@pytest.mark.django_db
def test_checklist_bounces_stand_apart(editor_client, url, chapter, news, submit):
    """Two tin and two bài sent, one tin never passed the checklist: not "Đạt"."""
    song_ma = chapter("song-ma")
    for kind, complete in (("tin", True), ("tin", False), ("bai", True), ("bai", True)):
        submit(news(song_ma, kind, complete=complete), vn(2020, 11, 10))
    response = editor_client.get(url, {"month": "2020-11"})
    row = next(r for r in response.context["object_list"] if r.chapter.pk == song_ma.pk)
    assert (row.tin.submitted, row.tin.unchecked, row.bai.submitted, row.unchecked) == (1, 1, 2, 1)
    assert not row.met and row.missing_text == "1 tin"
    assert "Chưa qua kiểm tra" in response.content.decode()
    dashboard = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Chưa qua kiểm tra" in dashboard


# -- a board sees its own Site only --------------------------------------------------


def chapter_names(site) -> set[str]:
    from chapters.models import ChapterPage

    return {c.display_name for c in ChapterPage.objects.descendant_of(site.root_page)}


@pytest.mark.django_db
def test_the_site_picker_offers_the_boards_own_site_only(editor_client, url, province):
    response = editor_client.get(url)
    assert list(response.context["form"].fields["site"].queryset) == [province]
    assert not response.context["show_site_field"]


@pytest.mark.django_db
@pytest.mark.parametrize("how", ["site", "host", "both"])
def test_another_sites_figures_are_never_shown(editor_client, url, province, other_province, chapter, ke_sach, how):
    chapter("thuan-chau")
    query = {"month": "2020-10"} | ({"site": other_province.pk} if how in ("site", "both") else {})
    host = {"HTTP_HOST": http_host(other_province)} if how in ("host", "both") else {}
    response = editor_client.get(url, query, **host)
    assert response.status_code in (200, 403)
    if response.status_code == 200:
        assert response.context["site"] == province
        shown = {row.chapter.pk for row in response.context["object_list"]}
        assert not shown & set(other_province.root_page.get_descendants().values_list("pk", flat=True))
    for export in ("csv", "xlsx"):
        download = editor_client.get(url, {**query, "export": export}, **host)
        assert download.status_code in (200, 400, 403)
        if download.status_code == 200:
            content = b"".join(download.streaming_content)
            if export == "csv":
                names = {row[0] for row in list(csv.reader(StringIO(content.decode("utf-8-sig"))))[1:]}
            else:
                sheet = load_workbook(BytesIO(content)).active
                names = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
            assert names and not names & chapter_names(other_province)
            assert names <= chapter_names(province)


@pytest.mark.django_db
def test_the_dashboard_panel_shows_the_boards_own_site(editor_client, province, other_province):
    html = editor_client.get(reverse("wagtailadmin_home"), HTTP_HOST=http_host(other_province)).content.decode()
    assert f"site={province.pk}" in html and f"site={other_province.pk}" not in html


@pytest.mark.django_db
def test_the_other_board_sees_its_own_site_from_any_host(client, url, other_board, other_province, province):
    assert client.login(username=other_board.username, password=PASSWORD)
    assert client.get(url, HTTP_HOST=http_host(province)).context["site"] == other_province  # on the province's host


@pytest.mark.django_db
def test_a_superuser_picks_any_site(client, url, admin, other_province):
    assert client.login(username=admin.username, password=PASSWORD)
    response = client.get(url, {"site": other_province.pk})
    assert response.context["site"] == other_province and response.context["show_site_field"]
