"""Fixtures for the editorial workflow tests: a province whose roles and workflow are set up as
``manage.py setup_site``, ``add_chapter``, ``add_president`` and ``add_board_member`` set them up
(``core.setup`` and ``provinces.structure``), and a fresh page to submit.

The province has two districts (one with a commune) and a board; a second province has its own
board and chapter. ``users`` keeps the demo's usernames as keys for the same roles, so a test
reads like the demo's story, but every account is a new one.
"""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from chapters.models import ChapterIndexPage, ChapterKind
from core.roles import chapter_roles, site_collection
from events.models import EventPage
from news.models import NewsPage
from provinces import structure
from tests.factories import (
    BoardMemberFactory,
    ImageFactory,
    NewsCategoryFactory,
    NewsPageFactory,
    PresidentFactory,
    SiteFactory,
    SuperuserFactory,
    section,
)


def new_province(name: str):
    """A Site set up as ``setup_site`` sets one up (board, media root, its place in the
    boards' review), with the "Tổ chức hội" section that ``add_chapter`` puts chapters in."""
    site = SiteFactory(root_page__title=name)
    section(site, ChapterIndexPage)
    return site


@pytest.fixture
def province(db):
    return new_province("Hội Khuyến học tỉnh Thử")


@pytest.fixture
def other_province(db):
    return new_province("Hội Khuyến học tỉnh Bên")


def district(site, title, short_name):
    return structure.add_chapter(site, title, kind=ChapterKind.DISTRICT, short_name=short_name)


@pytest.fixture
def thuan_chau(province):
    """The president's district."""
    return district(province, "Hội Khuyến học huyện Bản Thử", "Bản Thử")


@pytest.fixture
def chieng_la(thuan_chau):
    """A commune of the president's district: its pages go through the district's review."""
    return structure.add_chapter(
        thuan_chau.get_site(), "Hội Khuyến học xã Thử Trên", kind=ChapterKind.COMMUNE, parent_id=thuan_chau.pk
    )


@pytest.fixture
def song_ma(province):
    """Another district of the same province, with a live tin of its own."""
    chapter = district(province, "Hội Khuyến học huyện Sông Thử", "Sông Thử")
    NewsPageFactory(parent=chapter, title="Sông Thử trao học bổng", kind="tin", publish=True)
    return chapter


@pytest.fixture
def ke_sach(other_province):
    """A district of the other province, with a live tin of its own."""
    chapter = district(other_province, "Hội Khuyến học huyện Kế Thử", "Kế Thử")
    NewsPageFactory(parent=chapter, title="Kế Thử trao học bổng", kind="tin", publish=True)
    return chapter


@pytest.fixture
def admin(db):
    return SuperuserFactory()


@pytest.fixture
def editor(province):
    """A member of the province's board."""
    return BoardMemberFactory(site=province)


@pytest.fixture
def president(thuan_chau):
    return PresidentFactory(chapter=thuan_chau)


@pytest.fixture
def other_president(song_ma):
    """The other district's president."""
    return PresidentFactory(chapter=song_ma)


@pytest.fixture
def users(admin, editor, president, other_president):
    return {"admin": admin, "bientap": editor, "chutich-thuanchau": president, "chutich-songma": other_president}


@pytest.fixture
def commune_president(chieng_la):
    return PresidentFactory(chapter=chieng_la)


@pytest.fixture
def other_board(other_province):
    """A member of the other province's board."""
    return BoardMemberFactory(site=other_province)


@pytest.fixture
def category(db):
    return NewsCategoryFactory(name="Hoạt động Hội thử")


@pytest.fixture
def picture(province):
    """A described picture in the province's own media collection."""
    return ImageFactory(collection=site_collection(province))


@pytest.fixture
def chapter_picture(thuan_chau, picture):
    """A picture in the district's own collection: the one its president may choose."""
    copy = type(picture)(
        title="Ảnh của huyện",
        description=picture.description,
        file=picture.file,
        collection=chapter_roles(thuan_chau).collection,
    )
    copy.save()
    return copy


@pytest.fixture
def draft_news(thuan_chau, president, picture, category):
    """A complete tin by the district's president, saved as a draft (not yet submitted)."""
    page = NewsPage(
        title="Chi hội bản Nà Lốc ra mắt tủ sách cộng đồng",
        kind="tin",
        live=False,
        owner=president,
        date=timezone.localdate(),
        category=category,
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
    """A chapter event by the district's president, without a picture (events need none), as a draft."""
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
