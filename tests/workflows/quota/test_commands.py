"""quota_report prints one row per chapter; send_quota_reminders writes to those behind, once."""

import csv
import re
from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from workflows.quota import periods
from workflows.quota.models import QuotaReminder, QuotaSettings

from .conftest import chapters_of, make_default, president_email, vn


@pytest.fixture
def host(province):
    """What ``--site`` is given: the province's hostname."""
    return province.hostname


@pytest.fixture
def september(chapter, news, submit, admin_user):
    """2020-09 in the province: Thuận Châu meets the quota (one tin published), Sông Mã sent back
    one tin, Mộc Châu sent nothing."""
    thuan_chau, song_ma = chapter("thuan-chau"), chapter("song-ma")
    chapter("moc-chau")
    published = submit(news(thuan_chau, "tin"), vn(2020, 9, 2))
    published.current_task_state.approve(user=admin_user)
    submit(news(thuan_chau, "tin"), vn(2020, 9, 30, 23, 30))
    submit(news(thuan_chau, "bai"), vn(2020, 9, 3))
    submit(news(thuan_chau, "bai"), vn(2020, 9, 4))
    sent_back = submit(news(song_ma, "tin"), vn(2020, 9, 5))
    sent_back.current_task_state.reject(user=admin_user, comment="Thiếu nguồn.")
    return thuan_chau, song_ma


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def table_rows(output: str) -> list[list[str]]:
    """The data lines of the aligned table (after the header and its rule, up to the blank line)."""
    lines = output.splitlines()
    rule = next(i for i, line in enumerate(lines) if set(line.replace(" ", "")) == {"-"})
    rows = []
    for line in lines[rule + 1 :]:
        if not line.strip():
            break
        rows.append(re.split(r"\s{2,}", line.strip()))
    return rows


@pytest.mark.django_db
def test_quota_report_table_has_one_row_per_chapter(september, province, host):
    thuan_chau, song_ma = september
    output = run("quota_report", "--month", "2020-09", "--site", host)
    assert "tháng 09/2020" in output
    header = output.splitlines()[2]
    assert header.split()[:3] == ["Chi", "hội", "Tin"]
    rows = table_rows(output)
    chapters = chapters_of(province)
    assert [row[0] for row in rows] == [c.display_name for c in chapters]
    by_name = {row[0]: row for row in rows}
    assert by_name[thuan_chau.display_name][1:12] == ["2", "1", "0", "1", "0", "2", "0", "0", "2", "0", "Đạt"]
    assert by_name[song_ma.display_name][1:] == [
        "1",
        "0",
        "1",
        "0",
        "0",
        "0",
        "0",
        "0",
        "0",
        "0",
        "Chưa đạt",
        "1 tin, 2 bài",
    ]
    assert f"Đạt chỉ tiêu: 1/{len(chapters)} chi hội." in output


@pytest.mark.django_db
def test_quota_report_csv(september, province):
    thuan_chau, song_ma = september
    make_default(province)
    rows = list(csv.reader(StringIO(run("quota_report", "--month", "2020-09", "--format", "csv"))))
    assert rows[0][:2] == ["Chi hội", "Tin đã gửi"] and rows[0][11] == "Chỉ tiêu"
    assert len(rows) == 1 + len(chapters_of(province))  # the default Site is the province
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name[thuan_chau.display_name][1:] == ["2", "1", "0", "1", "0", "2", "0", "0", "2", "0", "Đạt", ""]
    assert by_name[song_ma.display_name][1:] == [
        "1",
        "0",
        "1",
        "0",
        "0",
        "0",
        "0",
        "0",
        "0",
        "0",
        "Chưa đạt",
        "1 tin, 2 bài",
    ]


@pytest.mark.django_db
def test_quota_report_quarter(september, host):
    thuan_chau, _song_ma = september
    output = run("quota_report", "--quarter", "2020-Q3", "--site", host)
    assert "quý III/2020" in output
    row = {row[0]: row for row in table_rows(output)}[thuan_chau.display_name]
    assert row[1] == "2" and row[6] == "2" and row[11] == "Chưa đạt" and row[12] == "4 tin, 4 bài"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "args, message",
    [
        (["--month", "2024-13"], "không hợp lệ"),
        (["--month", "tháng 3"], "không hợp lệ"),
        (["--quarter", "abc"], "không hợp lệ"),
        (["--month", "2024-01", "--quarter", "2024-Q1"], "Chỉ chọn một"),
        (["--format", "xml"], "Định dạng"),
        (["--site", "khong-co.localhost"], "Không có trang"),
    ],
)
def test_quota_report_bad_arguments(args, message):
    with pytest.raises(CommandError, match=message):
        run("quota_report", *args)


@pytest.mark.django_db
def test_reminders_go_to_chapters_behind_once(september, mailoutbox, province, host):
    thuan_chau, song_ma = september
    mailoutbox.clear()
    output = run("send_quota_reminders", "--month", "2020-09", "--site", host)  # a past month: always allowed
    chapters = chapters_of(province)
    assert len(mailoutbox) == len(chapters) - 1
    recipients = {address for message in mailoutbox for address in message.to}
    assert president_email("thuan-chau") not in recipients
    assert {president_email("song-ma"), president_email("moc-chau")} <= recipients
    message = next(m for m in mailoutbox if m.to == [president_email("song-ma")])
    assert "tháng 09/2020" in message.subject and song_ma.title in message.subject
    assert "Tin: 1/2 (đã đăng 0, bị trả lại 1, đang chờ duyệt 0)" in message.body
    assert "Còn thiếu: 1 tin, 2 bài." in message.body
    assert "http://" in message.body and "/quan-tri/" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "Còn thiếu: 1 tin, 2 bài." in html
    assert f"{len(chapters) - 1} thư mới" in output
    reminded = QuotaReminder.objects.filter(month=date(2020, 9, 1), chapter_id__in=[c.pk for c in chapters])
    assert reminded.count() == len(chapters) - 1

    output = run("send_quota_reminders", "--month", "2020-09", "--site", host)
    assert len(mailoutbox) == len(chapters) - 1  # nothing new
    assert "0 thư mới" in output


@pytest.mark.django_db
def test_no_reminders_before_the_reminder_day(september, mailoutbox, monkeypatch, province, host):
    mailoutbox.clear()
    monkeypatch.setattr(periods, "local_today", lambda: date(2020, 9, 19))
    output = run("send_quota_reminders", "--site", host)  # the current month, by the patched clock
    assert "chưa đến ngày nhắc (20/09/2020)" in output
    assert mailoutbox == []
    assert not QuotaReminder.objects.filter(month=date(2020, 9, 1)).exists()

    QuotaSettings.objects.filter(site=province).delete()
    QuotaSettings.objects.create(site=province, reminder_day=25)
    monkeypatch.setattr(periods, "local_today", lambda: date(2020, 9, 24))
    assert "chưa đến ngày nhắc (25/09/2020)" in run("send_quota_reminders", "--month", "2020-09", "--site", host)
    assert mailoutbox == []

    monkeypatch.setattr(periods, "local_today", lambda: date(2020, 9, 25))
    run("send_quota_reminders", "--site", host)
    assert len(mailoutbox) == len(chapters_of(province)) - 1
    assert "Xin đồng chí gửi thêm trước hết ngày 30/09/2020." in mailoutbox[0].body


@pytest.mark.django_db
def test_reminders_for_a_month_not_begun_send_nothing(mailoutbox):
    mailoutbox.clear()
    output = run("send_quota_reminders", "--month", "2999-01")
    assert "chưa bắt đầu" in output and mailoutbox == []


@pytest.mark.django_db
def test_reminders_bad_month():
    with pytest.raises(CommandError, match="không hợp lệ"):
        run("send_quota_reminders", "--month", "2020-13")


@pytest.mark.django_db
def test_reminders_mention_what_the_checklist_sent_back(chapter, news, submit, mailoutbox, host):
    submit(news(chapter("yen-chau"), complete=False), vn(2020, 8, 5))
    mailoutbox.clear()
    run("send_quota_reminders", "--month", "2020-08", "--site", host)
    message = next(m for m in mailoutbox if m.to == [president_email("yen-chau")])
    assert "Tin: 0/2" in message.body
    assert "1 tin bài bị kiểm tra tự động trả lại chưa được tính" in message.body
    assert "1 tin bài bị kiểm tra tự động trả lại chưa được tính" in message.alternatives[0][0]
