"""A chapter's page shows what the content types that belong to chapters add to it
(``chapters.sections``): its latest news and upcoming events, its communes' included."""

import pytest
from django.test import RequestFactory

from chapters.models import ChapterKind, ChapterPage
from core.trees import chapter_model
from tests.factories import ChapterPageFactory, EventPageFactory, NewsPageFactory, SiteFactory

pytestmark = pytest.mark.django_db


def test_the_chapter_page_type_is_declared_to_the_core():
    assert chapter_model() is ChapterPage


def test_a_chapter_page_lists_its_own_and_its_communes_news_and_events():
    site = SiteFactory()
    district = ChapterPageFactory(site=site, kind=ChapterKind.DISTRICT)
    commune = ChapterPageFactory(parent=district)
    own_news, communes_news = NewsPageFactory(parent=district), NewsPageFactory(parent=commune)
    province_news = NewsPageFactory(site=site)
    event = EventPageFactory(parent=commune)
    request = RequestFactory().get("/", HTTP_HOST=site.hostname)
    context = district.get_context(request)
    assert {own_news.pk, communes_news.pk} == {page.pk for page in context["latest_news"]}
    assert province_news.pk not in {page.pk for page in context["latest_news"]}
    assert [page.pk for page in context["upcoming_events"]] == [event.pk]
    assert [page.pk for page in context["sub_chapters"]] == [commune.pk]
