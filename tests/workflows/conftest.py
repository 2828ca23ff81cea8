"""Fixtures for the editorial workflow tests: the demo's people and a fresh page to submit."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from chapters.models import ChapterPage
from events.models import EventPage
from news.models import NewsCategory, NewsPage


@pytest.fixture
def users(db):
    User = get_user_model()
    return {
        name: User.objects.get(username=name) for name in ("admin", "bientap", "chutich-thuanchau", "chutich-songma")
    }


@pytest.fixture
def president(users):
    return users["chutich-thuanchau"]


@pytest.fixture
def editor(users):
    return users["bientap"]


@pytest.fixture
def thuan_chau(db):
    return ChapterPage.objects.get(slug="thuan-chau")


@pytest.fixture
def picture(db):
    from wagtail.images import get_image_model

    return get_image_model().objects.exclude(description="").first()


@pytest.fixture
def chapter_picture(thuan_chau, picture):
    """A picture in Thuận Châu's own collection: the one its president may choose."""
    from core.roles import chapter_roles

    copy = type(picture)(
        title="Ảnh của Thuận Châu",
        description=picture.description,
        file=picture.file,
        collection=chapter_roles(thuan_chau).collection,
    )
    copy.save()
    return copy


@pytest.fixture
def draft_news(thuan_chau, president, picture):
    """A complete tin by Thuận Châu's president, saved as a draft (not yet submitted)."""
    page = NewsPage(
        title="Chi hội bản Nà Lốc ra mắt tủ sách cộng đồng",
        kind="tin",
        live=False,
        owner=president,
        date=timezone.localdate(),
        category=NewsCategory.objects.get(slug="hoat-dong-hoi"),
        summary="Tủ sách đặt tại nhà văn hóa bản, mở cửa các buổi tối.",
        lead_image=picture,
        body=[{"type": "paragraph", "value": "<p>Bà con góp hơn hai trăm cuốn sách cho tủ sách chung.</p>"}],
    )
    thuan_chau.add_child(instance=page)
    page.save_revision(user=president)
    mail.outbox.clear()
    return page


@pytest.fixture
def draft_event(thuan_chau, president):
    """A chapter event by Thuận Châu's president, without a picture (events need none), as a draft."""
    event = EventPage(
        title="Lễ trao học bổng bản Nà Lốc",
        slug="le-trao-hoc-bong-ban-na-loc",
        live=False,
        owner=president,
        start=timezone.now() + timedelta(days=7),
        venue="Nhà văn hoá bản Nà Lốc",
        summary="Trao 20 suất học bổng cho học sinh vượt khó.",
        body=[{"type": "paragraph", "value": "<p>Mời bà con đến dự.</p>"}],
    )
    thuan_chau.add_child(instance=event)
    event.save_revision(user=president)
    mail.outbox.clear()
    return event
