"""A page under a chapter knows its chapter, whatever the author typed."""

import pytest
from django.utils import timezone

from chapters.models import ChapterPage
from news.models import NewsPage


@pytest.mark.django_db
def test_commune_chapter_sits_under_its_district():
    commune = ChapterPage.objects.get(slug="chieng-la")
    assert commune.parent_chapter.slug == "thuan-chau"
    assert ChapterPage.objects.get(slug="thuan-chau").parent_chapter is None


@pytest.mark.django_db
def test_news_under_a_commune_belongs_to_the_commune():
    commune = ChapterPage.objects.get(slug="chieng-la")
    other = ChapterPage.objects.get(slug="song-ma")
    page = NewsPage(title="Lớp học chữ Thái ở Chiềng La", kind="tin", date=timezone.localdate(), chapter=other)
    commune.add_child(instance=page)
    page.refresh_from_db()
    assert page.chapter_id == commune.pk
    assert page.get_chapter().specific == commune


@pytest.mark.django_db
def test_province_news_has_no_chapter_unless_chosen():
    news = NewsPage.objects.filter(chapter=None).first()
    assert news is not None
    assert news.get_chapter() is None
