"""A page under a chapter knows its chapter, whatever the author typed."""

import pytest
from django.utils import timezone

from chapters.models import ChapterKind
from news.models import NewsPage
from tests.factories import ChapterPageFactory, NewsPageFactory, SiteFactory

pytestmark = pytest.mark.django_db


def test_commune_chapter_sits_under_its_district():
    district = ChapterPageFactory(kind=ChapterKind.DISTRICT)
    commune = ChapterPageFactory(parent=district)
    assert commune.parent_chapter.specific == district
    assert district.parent_chapter is None


def test_news_under_a_commune_belongs_to_the_commune():
    site = SiteFactory()
    district = ChapterPageFactory(site=site, kind=ChapterKind.DISTRICT)
    commune = ChapterPageFactory(parent=district)
    other = ChapterPageFactory(site=site, kind=ChapterKind.DISTRICT)
    page = NewsPage(title="Lớp học chữ Thái ở xã", kind="tin", date=timezone.localdate(), chapter=other)
    commune.add_child(instance=page)
    page.refresh_from_db()
    assert page.chapter_id == commune.pk
    assert page.get_chapter().specific == commune


def test_province_news_has_no_chapter_unless_chosen():
    news = NewsPageFactory()
    assert news.chapter is None
    assert news.get_chapter() is None
