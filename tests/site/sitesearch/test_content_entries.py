"""What each content type registers with the search (its app's search.py) reaches its entries:
kind, date, facets, text, link; private pages and minors' names never do."""

import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from news.models import LearningModel
from officialdocs.models import PlanLegalBasis
from tests import factories

from .conftest import entries_of, entry_of, legal_register, search

pytestmark = pytest.mark.django_db


def test_news_carry_their_kind_date_category_chapter_tags_and_learning_models():
    chapter = factories.ChapterPageFactory()
    category = factories.NewsCategoryFactory()
    page = factories.NewsPageFactory(
        parent=chapter,
        kind="bai",
        date=datetime.date(2023, 5, 4),
        category=category,
        author_name="Lò Thị Mai",
        source="Báo Sơn La",
        body=factories.paragraphs("Cả bản cùng học chữ."),
    )
    page.tags.add("xóa mù chữ")
    page.learning_models.add(LearningModel.objects.first())
    page.save_revision().publish()
    entry = entry_of(page)
    assert (entry.kind, entry.date, entry.year) == ("bai", datetime.date(2023, 5, 4), 2023)
    assert (entry.chapter, entry.category, entry.issue) == (chapter.pk, category.pk, None)
    assert entry.text.split("\n") == [
        "Tóm tắt của tin thử.",
        "Lò Thị Mai",
        "Báo Sơn La",
        "Cả bản cùng học chữ.",
        "xóa mù chữ",
        LearningModel.objects.first().name,
    ]


def test_events_are_dated_by_their_day_and_filed_under_their_chapter():
    chapter = factories.ChapterPageFactory()
    event = factories.EventPageFactory(
        chapter=chapter,
        start=datetime.datetime(2024, 3, 6, 18, 0, tzinfo=datetime.UTC),  # 7 March in Hà Nội
        venue="Nhà văn hóa bản",
        address="Xã Chiềng Sinh",
        publish=True,
    )
    entry = entry_of(event)
    assert (entry.kind, entry.date, entry.chapter) == ("su-kien", datetime.date(2024, 3, 7), chapter.pk)
    assert "Nhà văn hóa bản, Xã Chiềng Sinh" in entry.text


def test_bulletin_issues_and_articles_share_the_issue_facet():
    issue = factories.BulletinIssuePageFactory(
        number=12, year=2024, quarter=2, publication_date=datetime.date(2024, 6, 30), editorial="<p>Lời <b>ngỏ</b></p>"
    )
    issue.save_revision().publish()
    article = factories.BulletinArticlePageFactory(parent=issue, author_name="Cầm Văn Hùng", publish=True)
    issue_entry, article_entry = entry_of(issue), entry_of(article)
    assert (issue_entry.kind, issue_entry.date, issue_entry.issue) == ("ban-tin", datetime.date(2024, 6, 30), issue.pk)
    assert issue_entry.text.endswith("Lời ngỏ\nSố 12 Quý II/2024")
    assert (article_entry.kind, article_entry.date, article_entry.issue) == ("ban-tin", issue_entry.date, issue.pk)
    assert article_entry.text.endswith(f"Cầm Văn Hùng\nNội dung bài trong bản tin.\n{issue.title}")


def test_plans_are_found_by_their_symbol_and_carry_their_legal_bases():
    plan = factories.PlanPageFactory(symbol="137/KH-HKH", document_date=datetime.date(2024, 1, 15))
    decision = factories.LegalDocumentFactory(site=plan.get_site(), symbol="1373/QĐ-TTg")
    PlanLegalBasis.objects.create(page=plan, document=decision)
    plan.save_revision().publish()
    entry = entry_of(plan)
    assert (entry.kind, entry.date) == ("ke-hoach", datetime.date(2024, 1, 15))
    assert " 137khhkh" in entry.folded
    assert entry.text.endswith(decision.citation)


def test_campaigns_are_dated_by_their_start():
    campaign = factories.CampaignPageFactory(start_date=datetime.date(2024, 9, 1), publish=True)
    assert (entry_of(campaign).kind, entry_of(campaign).date) == ("chien-dich", datetime.date(2024, 9, 1))


def test_honour_records_are_found_on_their_roll_by_their_public_name_only():
    chapter = factories.ChapterPageFactory()
    roll = factories.HonourRollPageFactory(site=chapter.get_site(), publish=True)
    pupil = factories.HonourRecordFactory(
        roll=roll, recipient_name="Quàng Văn Bình", school_class="Lớp 9A", chapter=chapter, year=2023
    )
    entry = entry_of(pupil)
    assert (entry.kind, entry.title, entry.date) == (
        "vinh-danh",
        "Quàng V. B. – Học bổng (2023)",
        datetime.date(2023, 1, 1),
    )
    assert entry.url == f"{roll.relative_url(roll.get_site())}?q=Qu%C3%A0ng+V.+B.&year=2023"
    assert (entry.chapter, entry.page_id) == (chapter.pk, roll.pk)
    assert "Bình" not in entry.text + entry.folded + entry.title_folded
    assert entry.text.split("\n")[:3] == ["Quàng V. B.", "Học bổng", "Học bổng thử"]
    assert entry.text.endswith("Cá nhân")


def test_legal_documents_are_found_under_their_own_sites_register_only(client):
    register = legal_register(factories.SiteFactory())
    other = factories.SiteFactory()
    doc = factories.LegalDocumentFactory(site=register.get_site(), symbol="49-KL/TW", title="Về tăng cường khuyến học")
    legal_register(other)
    entry = entry_of(doc)
    assert (entry.kind, entry.title, entry.site_id) == ("van-ban", doc.citation, register.get_site().pk)
    assert entry.url == f"{register.relative_url(register.get_site())}?doc_type={doc.doc_type}"
    assert entries_of(doc).count() == 1
    assert doc.citation not in search(client, other, q="49-KL/TW").text


def test_private_pages_and_what_sits_on_them_leave_the_index_and_come_back():
    roll = factories.HonourRollPageFactory(publish=True)
    record = factories.HonourRecordFactory(roll=roll)
    register = legal_register(roll.get_site())
    doc = factories.LegalDocumentFactory(site=roll.get_site())
    restrictions = [
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        for page in (roll, register)
    ]
    restrictions[0].groups.add(Group.objects.first())
    assert not entries_of(roll).exists() and not entries_of(record).exists() and not entries_of(doc).exists()
    for restriction in restrictions:
        restriction.delete()
    assert entries_of(roll).exists() and entries_of(record).exists() and entries_of(doc).exists()
