"""Chapter presidents post their own events under their chapter; the Site calendar shows them."""

from datetime import timedelta

import icalendar
import pytest
from django.utils import timezone

from chapters.models import ChapterKind
from events.models import EventIndexPage, EventPage, chapter_events
from tests.factories import ChapterPageFactory, EventPageFactory, PresidentFactory, SiteFactory, section

from ...conftest import host_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return SiteFactory()


@pytest.fixture
def thuan_chau(site):
    """A district chapter (its president's), beside another district of the same Site."""
    return ChapterPageFactory(site=site, kind=ChapterKind.DISTRICT)


@pytest.fixture
def song_ma(site, thuan_chau):
    return ChapterPageFactory(site=site, kind=ChapterKind.DISTRICT)


@pytest.fixture
def sonla_index(site):
    return section(site, EventIndexPage)


@pytest.fixture
def president(thuan_chau):
    return PresidentFactory(chapter=thuan_chau)


def add_event(parent, slug: str, days_ahead: int = 10) -> EventPage:
    start = timezone.now().replace(microsecond=0) + timedelta(days=days_ahead)
    event = EventPage(
        title=f"Lễ trao học bổng ({slug})",
        slug=slug,
        start=start,
        end=start + timedelta(hours=2),
        venue="Nhà văn hoá bản Nà Lốc",
        kind="trao-hoc-bong",
    )
    parent.add_child(instance=event)
    event.save_revision().publish()
    return event


def test_chapter_event_lives_under_its_chapter_and_in_the_site_calendar(thuan_chau, sonla_index, get_page):
    event = EventPageFactory(parent=thuan_chau, publish=True)
    assert event.chapter_id == thuan_chau.pk
    assert event.title in get_page(sonla_index, f"?thang={event.start_local:%Y-%m}").text
    # its page leads back to the Site's calendar, not to the chapter
    assert f'href="{sonla_index.relative_url(sonla_index.get_site())}"' in get_page(event).text


def test_president_may_add_events_in_their_chapter_only(client, president, thuan_chau, song_ma, sonla_index):
    client.force_login(president)
    add_url = f"/quan-tri/pages/add/events/eventpage/{thuan_chau.pk}/"
    response = client.get(add_url)
    assert response.status_code == 200
    assert "Địa điểm" in response.text
    assert EventPage in thuan_chau.specific.allowed_subpage_models()
    assert not sonla_index.permissions_for_user(president).can_add_subpage()
    assert client.get(f"/quan-tri/pages/add/events/eventpage/{song_ma.pk}/").status_code in (302, 403)


def test_event_added_under_a_chapter_is_that_chapters_and_shows_everywhere(
    client,
    thuan_chau,
    sonla_index,
    get_page,
):
    event = add_event(thuan_chau, "le-trao-hoc-bong-na-loc")
    assert EventPage.objects.get(pk=event.pk).chapter_id == thuan_chau.pk

    assert event in list(chapter_events(thuan_chau))
    chapter_html = get_page(thuan_chau).text
    assert "Sự kiện sắp tới" in chapter_html and event.title in chapter_html
    assert event.title in get_page(sonla_index).text  # the Site's upcoming list

    response = client.get(sonla_index.url + "ical/", HTTP_HOST=host_of(sonla_index))
    summaries = {str(v["SUMMARY"]) for v in icalendar.Calendar.from_ical(response.content).walk("VEVENT")}
    assert event.title in summaries


def test_an_explicit_organiser_is_kept(thuan_chau, song_ma):
    start = timezone.now() + timedelta(days=3)
    event = EventPage(
        title="Hội nghị liên huyện", slug="hoi-nghi-lien-huyen", start=start, venue="Thuận Châu", chapter=song_ma
    )
    thuan_chau.add_child(instance=event)
    assert EventPage.objects.get(pk=event.pk).chapter_id == song_ma.pk
    event.save_revision().publish()
    assert event in list(chapter_events(song_ma))  # the organiser's page lists it too
