"""Counting rules: month of the first submission (Vietnam time), once per page, latest status."""

from datetime import UTC, datetime

import pytest
from wagtail.models import TaskState, WorkflowState

from standard.models import StandardPage
from workflows.quota.counting import (
    BAI,
    CANCELLED,
    IN_REVIEW,
    PUBLISHED,
    SENT_BACK,
    TIN,
    UNCHECKED,
    Chapter,
    Quota,
    Submission,
    behind_first,
    quota_rows,
    tally,
)
from workflows.quota.periods import parse_month, parse_quarter

from .conftest import chapters_of, vn


def row_for(rows, chapter):
    return next(row for row in rows if row.chapter.pk == chapter.pk)


def counts(rows, chapter, kind="tin"):
    found = getattr(row_for(rows, chapter), kind)
    return (found.submitted, found.published, found.sent_back, found.in_review)


# -- pure rules (no database) -------------------------------------------------

CHAPTERS = [Chapter(1, "Hội Khuyến học huyện A", "A", "0001", 4), Chapter(2, "Hội Khuyến học xã B", "B", "00010001", 5)]
AT = datetime(2020, 1, 10, tzinfo=UTC)


def subs(chapter_id, kind, n, status=IN_REVIEW):
    return [Submission(1000 * chapter_id + i, chapter_id, kind, status, AT) for i in range(n)]


def test_met_needs_both_tin_and_bai():
    month = parse_month("2020-01")
    rows = tally(CHAPTERS, subs(1, TIN, 2) + subs(1, BAI, 2) + subs(2, TIN, 3) + subs(2, BAI, 1), Quota(2, 2), month)
    assert [row.met for row in rows] == [True, False]
    assert [row.result_text for row in rows] == ["Đạt", "Chưa đạt"]
    assert rows[1].missing_text == "1 bài"
    assert rows[1].level == 1  # the commune sits under its district


def test_quarter_target_is_three_months():
    quarter = parse_quarter("2020-Q1")
    rows = tally(CHAPTERS, subs(1, TIN, 6) + subs(1, BAI, 5) + subs(2, TIN, 6) + subs(2, BAI, 6), Quota(2, 2), quarter)
    assert (rows[0].target_tin, rows[0].target_bai) == (6, 6)
    assert [row.met for row in rows] == [False, True]
    assert rows[0].missing_text == "1 bài"


def test_what_was_submitted_counts_whatever_the_status():
    rows = tally(
        CHAPTERS[:1],
        subs(1, TIN, 1, SENT_BACK) + subs(1, TIN, 1, CANCELLED) + subs(1, BAI, 2, PUBLISHED),
        Quota(2, 2),
        parse_month("2020-01"),
    )
    row = rows[0]
    assert (row.tin.submitted, row.tin.published, row.tin.sent_back, row.tin.in_review) == (2, 0, 1, 0)
    assert (row.bai.submitted, row.bai.published) == (2, 2)
    assert row.met


def test_what_the_checklist_never_passed_stands_apart_and_does_not_count():
    rows = tally(
        CHAPTERS[:1],
        subs(1, TIN, 2, UNCHECKED) + subs(1, TIN, 1) + subs(1, BAI, 2),
        Quota(2, 2),
        parse_month("2020-01"),
    )
    row = rows[0]
    assert (row.tin.submitted, row.tin.in_review, row.tin.unchecked, row.unchecked) == (1, 1, 2, 2)
    assert not row.met and row.missing_text == "1 tin"


def test_behind_first_keeps_tree_order_among_equals():
    rows = tally(CHAPTERS, subs(1, TIN, 2) + subs(1, BAI, 2), Quota(2, 2), parse_month("2020-01"))
    assert [row.chapter.pk for row in behind_first(rows)] == [2, 1]


# -- against the database -----------------------------------------------------


@pytest.mark.django_db
def test_month_boundary_is_vietnam_midnight(province, chapter, news, submit):
    thuan_chau = chapter("thuan-chau")
    submit(news(thuan_chau), vn(2020, 1, 31, 23, 30))  # 16:30 UTC on 31 January: January
    submit(news(thuan_chau), vn(2020, 1, 1, 0, 0))  # first minute of January
    submit(news(thuan_chau), vn(2019, 12, 31, 23, 59))  # still December
    submit(news(thuan_chau), vn(2020, 2, 1, 0, 0))  # 17:00 UTC on 31 January: February
    assert counts(quota_rows(province, parse_month("2020-01")), thuan_chau)[0] == 2
    assert counts(quota_rows(province, parse_month("2019-12")), thuan_chau)[0] == 1
    assert counts(quota_rows(province, parse_month("2020-02")), thuan_chau)[0] == 1


@pytest.mark.django_db
def test_resubmissions_count_once_in_the_month_of_the_first(province, chapter, news, submit, admin_user):
    song_ma = chapter("song-ma")
    page = news(song_ma, "bai")
    state = submit(page, vn(2020, 1, 20))
    state.current_task_state.reject(user=admin_user, comment="Thiếu ảnh.")
    state.refresh_from_db()
    state.resume(user=admin_user)  # resubmitted: the same WorkflowState
    state.refresh_from_db()
    state.cancel(user=admin_user)
    submit(page, vn(2020, 2, 3))  # sent again later: a new WorkflowState, still a January page
    assert WorkflowState.objects.for_instance(page).count() == 2
    january = quota_rows(province, parse_month("2020-01"))
    assert counts(january, song_ma, "bai") == (1, 0, 0, 1)  # in review again, counted once
    assert counts(quota_rows(province, parse_month("2020-02")), song_ma, "bai") == (0, 0, 0, 0)
    assert counts(quota_rows(province, parse_quarter("2020-Q1")), song_ma, "bai") == (1, 0, 0, 1)


@pytest.mark.django_db
def test_sent_back_resubmitted_then_approved_is_published_once(province, chapter, news, submit, admin_user):
    moc_chau = chapter("moc-chau")
    page = news(moc_chau, "tin")
    state = submit(page, vn(2020, 3, 5))
    state.current_task_state.reject(user=admin_user, comment="Sửa tít.")
    assert counts(quota_rows(province, parse_month("2020-03")), moc_chau) == (1, 0, 1, 0)
    state.refresh_from_db()
    page.save_revision(user=admin_user)
    state.resume(user=admin_user)
    assert counts(quota_rows(province, parse_month("2020-03")), moc_chau) == (1, 0, 0, 1)
    state.refresh_from_db()
    state.current_task_state.approve(user=admin_user)
    page.refresh_from_db()
    assert page.live
    assert counts(quota_rows(province, parse_month("2020-03")), moc_chau) == (1, 1, 0, 0)


@pytest.mark.django_db
def test_quarter_adds_up_its_months_and_target(province, chapter, news, submit):
    yen_chau = chapter("yen-chau")
    for month in (1, 2, 3, 4):
        submit(news(yen_chau, "tin"), vn(2020, month, 15))
        submit(news(yen_chau, "bai"), vn(2020, month, 15))
    submit(news(yen_chau, "tin"), vn(2020, 3, 31, 23, 30))
    q1 = row_for(quota_rows(province, parse_quarter("2020-Q1")), yen_chau)
    assert (q1.tin.submitted, q1.bai.submitted, q1.target_tin, q1.target_bai) == (4, 3, 6, 6)
    assert not q1.met and q1.missing_text == "2 tin, 3 bài"
    march = row_for(quota_rows(province, parse_month("2020-03")), yen_chau)
    assert (march.tin.submitted, march.bai.submitted, march.met) == (2, 1, False)


@pytest.mark.django_db
def test_met_when_both_kinds_reach_the_quota(province, chapter, news, submit):
    bac_yen = chapter("bac-yen")
    for kind in ("tin", "tin", "bai"):
        submit(news(bac_yen, kind), vn(2020, 5, 10))
    assert not row_for(quota_rows(province, parse_month("2020-05")), bac_yen).met
    submit(news(bac_yen, "bai"), vn(2020, 5, 31, 23, 30))
    row = row_for(quota_rows(province, parse_month("2020-05")), bac_yen)
    assert row.met and row.result_text == "Đạt"


@pytest.mark.django_db
def test_only_news_pages_of_the_site_count(province, other_province, ke_sach, chapter, news, submit, admin_user):
    phu_yen = chapter("phu-yen")
    other = StandardPage(title="Giới thiệu thử chỉ tiêu", live=False)
    phu_yen.add_child(instance=other)
    other.save_revision(user=admin_user)
    submit(other, vn(2020, 6, 10))
    submit(news(phu_yen), vn(2020, 6, 10))
    st_chapter = ke_sach  # a district of the other province
    submit(news(st_chapter), vn(2020, 6, 10))
    rows = quota_rows(province, parse_month("2020-06"))
    assert sum(row.tin.submitted + row.bai.submitted for row in rows) == 1
    assert counts(rows, phu_yen) == (1, 0, 0, 1)
    assert st_chapter.pk not in {row.chapter.pk for row in rows}
    assert counts(quota_rows(other_province, parse_month("2020-06")), st_chapter) == (1, 0, 0, 1)


@pytest.mark.django_db
def test_one_row_per_chapter_in_tree_order(province, chapter):
    thuan_chau, song_ma = chapter("thuan-chau"), chapter("song-ma")
    commune = chapter("chieng-pac", under="thuan-chau")  # made last, listed under its district
    rows = quota_rows(province, parse_month("2020-07"))
    assert [row.chapter.pk for row in rows] == [thuan_chau.pk, commune.pk, song_ma.pk]
    assert [row.chapter.pk for row in rows] == [c.pk for c in chapters_of(province)]
    assert [row.level for row in rows] == [0, 1, 0]


@pytest.mark.django_db
def test_query_count_does_not_grow_with_chapters(province, chapter, django_assert_max_num_queries):
    chapter("thuan-chau")
    quota_rows(province, parse_month("2020-08"))  # settings row created if missing
    with django_assert_max_num_queries(4):
        quota_rows(province, parse_month("2020-08"))
    for key in ("song-ma", "moc-chau", "yen-chau"):
        chapter(key)
    with django_assert_max_num_queries(4):
        assert len(quota_rows(province, parse_month("2020-08"))) == 4


def unchecked(rows, chapter, kind="tin"):
    return getattr(row_for(rows, chapter), kind).unchecked


@pytest.mark.django_db
def test_a_page_counts_when_the_checklist_first_passes_it(province, chapter, news, submit, admin_user):
    """Sent unfinished on 31 January, fixed on 2 February: a February tin, not a January one."""
    mai_son = chapter("mai-son")
    page = news(mai_son, complete=False)
    state = submit(page, vn(2020, 1, 31, 22, 0))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES  # the checklist: no lead image
    january = quota_rows(province, parse_month("2020-01"))
    assert counts(january, mai_son) == (0, 0, 0, 0) and unchecked(january, mai_son) == 1
    assert not row_for(january, mai_son).met

    page.lead_image = news(mai_son).lead_image
    page.save_revision(user=admin_user)
    state.resume(user=admin_user)
    TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_APPROVED).update(
        started_at=vn(2020, 2, 2), finished_at=vn(2020, 2, 2)
    )
    january = quota_rows(province, parse_month("2020-01"))
    assert counts(january, mai_son) == (0, 0, 0, 0) and unchecked(january, mai_son) == 0
    february = quota_rows(province, parse_month("2020-02"))
    assert counts(february, mai_son) == (1, 0, 0, 1) and unchecked(february, mai_son) == 0


@pytest.mark.django_db
def test_a_later_bounce_does_not_undo_a_submission(province, chapter, news, submit, admin_user):
    """Passed, sent back by the board, resubmitted with a phone number: still submitted, sent back."""
    van_ho = chapter("van-ho")
    page = news(van_ho, "bai")
    state = submit(page, vn(2020, 4, 6))
    state.current_task_state.reject(user=admin_user, comment="Thêm số liệu.")
    page.body = [{"type": "paragraph", "value": "<p>Liên hệ 0912 345 678.</p>"}]
    page.save_revision(user=admin_user)
    WorkflowState.objects.get(pk=state.pk).resume(user=admin_user)
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_NEEDS_CHANGES
    rows = quota_rows(province, parse_month("2020-04"))
    assert counts(rows, van_ho, "bai") == (1, 0, 1, 0) and unchecked(rows, van_ho, "bai") == 0
