"""Line breaks: refused in single-line fields by the admin's forms, harmless in iCal for old titles."""

import icalendar
import pytest
from django.urls import reverse
from wagtail.admin.panels import get_edit_handler
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.models import SiteIdentity
from events.models import EventIndexPage
from tests.factories import (
    EventPageFactory,
    NewsCategoryFactory,
    NewsPageFactory,
    SiteFactory,
    SuperuserFactory,
    section,
)

from ...conftest import host_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user():
    return SuperuserFactory()


@pytest.fixture
def sonla():
    return SiteFactory()


@pytest.fixture
def news(sonla):
    return NewsPageFactory(site=sonla, category=NewsCategoryFactory(), publish=True)


def edit_news(client, page, **fields):
    data = {
        "title": page.title,
        "slug": page.slug,
        "kind": page.kind,
        "date": page.date.isoformat(),
        "summary": page.summary,
        "category": page.category_id,
        "lead_image": page.lead_image_id or "",
        "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
        "comments": inline_formset([]),
        **fields,
    }
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), nested_form_data(data))


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r", "\u2028"])
def test_a_title_with_a_line_break_is_a_vietnamese_form_error(client, admin_user, news, line_break):
    client.force_login(admin_user)
    response = edit_news(client, news, title=f"Trao học bổng{line_break}năm học mới")
    assert response.status_code == 200
    assert response.context["form"].errors["title"] == ["Tiêu đề không được xuống dòng."]
    news.refresh_from_db()
    assert "\n" not in news.get_latest_revision_as_object().title


def test_other_single_line_fields_refuse_line_breaks_and_text_fields_keep_them(client, admin_user, news):
    client.force_login(admin_user)
    response = edit_news(client, news, seo_title="Tiêu đề\nkhi chia sẻ")
    assert "không được xuống dòng" in response.context["form"].errors["seo_title"][0]
    assert edit_news(client, news, summary="Dòng một.\nDòng hai.").status_code == 302
    news.refresh_from_db()
    assert news.get_latest_revision_as_object().summary == "Dòng một.\nDòng hai."


def test_the_sites_identity_refuses_a_name_with_a_line_break(admin_user, sonla):
    identity = SiteIdentity.for_site(sonla)
    form_class = get_edit_handler(SiteIdentity).get_form_class()
    data = {name: getattr(identity, name) for name in form_class.base_fields if name != "languages"}
    data["association_name"] = "Hội Khuyến học\ntỉnh Sơn La"
    form = form_class(data, instance=identity, for_user=admin_user)
    assert form.errors["association_name"] == ["Tên hội không được xuống dòng."]


def test_ical_downloads_escape_a_title_saved_with_a_line_break(client, sonla):
    """A title with a line break saved before the forms refused it (or by code) still exports."""
    event = EventPageFactory(site=sonla, title="Lễ tuyên dương\nhọc sinh giỏi")
    index = section(sonla, EventIndexPage)
    index.title = "Lịch\nsự kiện"
    index.save()
    for page in (event, index):
        response = client.get(page.url + "ical/", HTTP_HOST=host_of(page))
        assert response.status_code == 200
        calendar = icalendar.Calendar.from_ical(response.content)
        # an X- property is read back as written: with the line break escaped
        assert str(calendar["X-WR-CALNAME"]).startswith(page.title.replace("\n", "\\n") + " – ")
        assert event.title in [str(component["SUMMARY"]) for component in calendar.walk("VEVENT")]
