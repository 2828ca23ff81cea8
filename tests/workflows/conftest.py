"""Fixtures for the editorial workflow tests: the demo's people and a fresh page to submit."""
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from chapters.models import ChapterPage
from news.models import NewsCategory, NewsPage


@pytest.fixture
def users(db):
    User = get_user_model()
    return {name: User.objects.get(username=name) for name in ("admin", "bientap", "chutich-thuanchau", "chutich-songma")}


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
def draft_news(thuan_chau, president, picture):
    """A complete tin by Thuận Châu's president, saved as a draft (not yet submitted)."""
    page = NewsPage(
        title="Chi hội bản Nà Lốc ra mắt tủ sách cộng đồng", kind="tin", live=False, owner=president,
        date=timezone.localdate(), category=NewsCategory.objects.get(slug="hoat-dong-hoi"),
        summary="Tủ sách đặt tại nhà văn hóa bản, mở cửa các buổi tối.", lead_image=picture,
        body=[{"type": "paragraph", "value": "<p>Bà con góp hơn hai trăm cuốn sách cho tủ sách chung.</p>"}],
    )
    thuan_chau.add_child(instance=page)
    page.save_revision(user=president)
    mail.outbox.clear()
    return page
