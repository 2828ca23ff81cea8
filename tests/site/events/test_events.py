"""Events: validation, the calendar by month (?thang=), iCalendar downloads, home page, search."""

from datetime import date, datetime, timedelta
from html.parser import HTMLParser

import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from core.formatting import ngay_van_ban
from events.models import EventIndexPage, EventPage, upcoming_events
from events.month import BadMonth, month_weeks, parse_month
from sitesearch.models import SearchEntry

from ...conftest import host_of

pytestmark = pytest.mark.demo


class MonthGrid(HTMLParser):
    """The calendar table of a page: caption, headings, and each cell's classes, text and link."""

    def __init__(self, html: str):
        super().__init__()
        self.caption, self.headings, self.rows = "", [], []
        self._in_table = self._in_caption = self._in_th = False
        self._cell = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and "month-grid" in (attrs.get("class") or ""):
            self._in_table = True
        if not self._in_table:
            return
        if tag == "caption":
            self._in_caption = True
        elif tag == "th":
            self._in_th = True
            self.headings.append({"text": "", "title": ""})
        elif tag == "abbr" and self._in_th:
            self.headings[-1]["title"] = attrs.get("title", "")
        elif tag == "tr" and self.headings:
            self.rows.append([])
        elif tag == "td":
            self._cell = {
                "classes": (attrs.get("class") or "").split(),
                "text": "",
                "href": None,
                "current": attrs.get("aria-current"),
                "label": None,
            }
            self.rows[-1].append(self._cell)
        elif tag == "a" and self._cell is not None:
            self._cell["href"], self._cell["label"] = attrs.get("href"), attrs.get("aria-label")

    def handle_endtag(self, tag):
        if tag == "table":
            self._in_table = False
        elif tag == "caption":
            self._in_caption = False
        elif tag == "th":
            self._in_th = False
        elif tag == "td":
            self._cell = None

    def handle_data(self, data):
        if self._in_caption:
            self.caption += data
        elif self._in_th:
            self.headings[-1]["text"] += data.strip()
        elif self._cell is not None and not self._cell["text"]:
            self._cell["text"] = data.strip()


@pytest.fixture
def sonla_index(sonla):
    return EventIndexPage.objects.descendant_of(sonla.root_page).get()


@pytest.fixture
def soctrang_index(soctrang):
    return EventIndexPage.objects.descendant_of(soctrang.root_page).get()


def site_events(site):
    return EventPage.objects.live().public().descendant_of(site.root_page)


def get_ics(client, page):
    response = client.get(page.url + "ical/", HTTP_HOST=host_of(page))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="')
    assert response["Content-Disposition"].endswith('.ics"')
    return response, icalendar.Calendar.from_ical(response.content)


# -- the model ------------------------------------------------------------------


@pytest.mark.django_db
def test_end_before_start_is_refused_in_vietnamese():
    event = EventPage.objects.get(slug="dai-hoi-dai-bieu-lan-thu-vi")
    event.clean()  # the demo's two-day congress is valid
    event.end = event.start - timedelta(minutes=30)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert error.value.message_dict["end"] == ["Thời gian kết thúc không được trước thời gian bắt đầu."]


@pytest.mark.django_db
def test_all_day_event_compares_days_not_hours():
    event = EventPage.objects.filter(all_day=True).first()
    event.start = timezone.localtime(event.start).replace(hour=10, minute=0)
    event.end = event.start - timedelta(hours=1)  # same day, earlier hour: only dates count
    event.clean()
    event.end = event.start - timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end" in error.value.message_dict


@pytest.mark.django_db
def test_dates_and_times_are_written_the_vietnamese_way(get_page):
    event = EventPage.objects.get(slug="ky-niem-15-nam-ngay-khuyen-hoc-viet-nam")
    assert event.when == "08:00 – 11:00, ngày 02 tháng 10 năm 2023"
    html = get_page(event).text
    assert "08:00 – 11:00, ngày 02 tháng 10 năm 2023" in html
    assert '<time datetime="2023-10-02T08:00+07:00">' in html
    assert "Thêm vào lịch (.ics)" in html
    assert 'href="/su-kien/ky-niem-15-nam-ngay-khuyen-hoc-viet-nam/ical/"' in html

    month = EventPage.objects.get(slug="thang-khuyen-hoc-2025")
    assert month.when == "ngày 01 tháng 9 năm 2025 – ngày 30 tháng 9 năm 2025"
    congress = EventPage.objects.get(slug="dai-hoi-dai-bieu-lan-thu-vi")
    first, last = congress.start_date, congress.end_date
    assert last == first + timedelta(days=1)
    assert congress.when == f"07:30, {ngay_van_ban(first)} – 11:30, {ngay_van_ban(last)}"
    assert list(congress.days()) == [first, last]


# -- the calendar by month ----------------------------------------------------------


def test_parse_month_accepts_year_month_and_refuses_the_rest():
    today = date(2026, 11, 23)
    assert parse_month(None, today) == date(2026, 11, 1)
    assert parse_month("", today) == date(2026, 11, 1)
    assert parse_month("2023-10", today) == date(2023, 10, 1)
    assert parse_month("2023-9", today) == date(2023, 9, 1)
    for bad in ("abc", "2023-13", "2023-00", "3000-01", "0001-01", "2023-10-02", "10/2023", "２０２３-10"):
        with pytest.raises(BadMonth):
            parse_month(bad, today)


def test_weeks_start_on_monday_and_cover_the_month():
    class Event:
        title = "Tháng Khuyến học"

        def days(self):
            return [date(2025, 8, 31) + timedelta(days=i) for i in range(32)]  # 31/8 – 1/10

    weeks = month_weeks(date(2025, 9, 1), [Event()], today=date(2025, 9, 10))
    assert all(len(week) == 7 for week in weeks)
    assert all(week[0].date.weekday() == 0 for week in weeks)
    days = [day for week in weeks for day in week]
    in_month = [day for day in days if day.in_month]
    assert [day.date.day for day in in_month] == list(range(1, 31))
    assert all(day.events for day in in_month)  # the whole month, each day
    assert not any(day.events for day in days if not day.in_month)  # not the days of other months
    assert [day.date for day in days if day.is_today] == [date(2025, 9, 10)]


@pytest.mark.django_db
def test_month_view_shows_the_grid_and_the_months_events(sonla_index, get_page):
    response = get_page(sonla_index, "?thang=2023-10")
    assert response.status_code == 200
    html = response.text
    grid = MonthGrid(html)
    assert grid.caption.strip() == "Lịch sự kiện tháng 10 năm 2023"
    assert [h["text"] for h in grid.headings] == ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
    assert [h["title"] for h in grid.headings] == [
        "Thứ Hai",
        "Thứ Ba",
        "Thứ Tư",
        "Thứ Năm",
        "Thứ Sáu",
        "Thứ Bảy",
        "Chủ Nhật",
    ]
    # 1 October 2023 was a Sunday: the first row is 25–30 September, then 1 October
    assert [c["text"] for c in grid.rows[0]] == ["25", "26", "27", "28", "29", "30", "1"]
    assert "is-outside" in grid.rows[0][0]["classes"] and "is-outside" not in grid.rows[0][6]["classes"]
    assert len(grid.rows) == 6
    linked = {c["text"]: c for row in grid.rows for c in row if c["href"]}
    tea_party = EventPage.objects.get(slug="ky-niem-15-nam-ngay-khuyen-hoc-viet-nam")
    assert set(linked) == {"2"}
    assert linked["2"]["href"] == f"#su-kien-{tea_party.pk}"
    assert tea_party.title in linked["2"]["label"]
    # the list below the grid is the primary content: it holds every event of the month
    list_part = html[html.index('id="su-kien-trong-thang"') :]
    assert f'id="su-kien-{tea_party.pk}"' in list_part
    assert tea_party.title in list_part
    assert "ngày 02 tháng 10 năm 2023" in list_part
    assert 'href="?thang=2023-09"' in html and 'href="?thang=2023-11"' in html
    assert "Sóc Trăng" not in list_part


@pytest.mark.django_db
def test_month_view_marks_today_and_is_never_empty(sonla, soctrang, client):
    today = timezone.localdate()
    for site in (sonla, soctrang):
        index = EventIndexPage.objects.descendant_of(site.root_page).get()
        html = client.get(index.url, HTTP_HOST=host_of(index)).text
        grid = MonthGrid(html)
        cells = [c for row in grid.rows for c in row]
        today_cells = [c for c in cells if c["current"] == "date"]
        assert len(today_cells) == 1 and today_cells[0]["text"] == str(today.day)
        assert "is-today" in today_cells[0]["classes"]
        assert any(c["href"] for c in cells), "the demo gives this month at least one event"
        assert grid.caption.strip() == f"Lịch sự kiện tháng {today.month} năm {today.year}"


@pytest.mark.django_db
def test_a_multi_day_event_marks_each_of_its_days(soctrang_index, get_page):
    grid = MonthGrid(get_page(soctrang_index, "?thang=2025-09").text)
    linked = [c["text"] for row in grid.rows for c in row if c["href"]]
    assert linked == [str(day) for day in range(1, 31)]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value, message",
    [
        ("abc", "Tháng “abc” không hợp lệ. Hãy ghi tháng theo dạng năm-tháng"),
        ("2026-13", "Tháng phải từ 1 đến 12, không có tháng 13."),
        ("3000-01", "Lịch chỉ có các tháng từ năm 1990 đến năm 2100."),
        ("2026-11-01", "không hợp lệ"),
    ],
)
def test_bad_month_is_a_400_with_a_vietnamese_message(sonla_index, get_page, value, message):
    response = get_page(sonla_index, f"?thang={value}")
    assert response.status_code == 400
    assert message in response.text
    assert 'role="alert"' in response.text
    assert 'class="month-grid"' not in response.text


@pytest.mark.django_db
def test_upcoming_list_holds_only_events_still_to_come(sonla_index, get_page):
    html = get_page(sonla_index).text
    upcoming = html[html.index('id="sap-dien-ra"') :]
    since = datetime.combine(timezone.localdate(), datetime.min.time(), tzinfo=timezone.get_default_timezone())
    for event in EventPage.objects.live().descendant_of(sonla_index.get_parent()):  # chapters' events too
        still_on = (event.end or event.start) >= since
        assert (event.title in upcoming) == still_on, event.title


# -- iCalendar ---------------------------------------------------------------------


@pytest.mark.django_db
def test_one_event_as_ics(client):
    event = EventPage.objects.get(slug="ky-niem-15-nam-ngay-khuyen-hoc-viet-nam")
    response, cal = get_ics(client, event)
    assert response["Content-Disposition"] == 'attachment; filename="ky-niem-15-nam-ngay-khuyen-hoc-viet-nam.ics"'
    assert str(cal["VERSION"]) == "2.0" and str(cal["PRODID"])
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["UID"]) == f"event-{event.pk}@127.0.0.1"
    assert "DTSTAMP" in vevent
    start = vevent.decoded("DTSTART")
    assert start == event.start
    assert str(start.tzinfo) == "Asia/Ho_Chi_Minh"
    assert vevent["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert (start.hour, start.minute) == (8, 0)
    assert vevent.decoded("DTEND") == event.end
    assert str(vevent["SUMMARY"]) == event.title
    assert str(vevent["LOCATION"]) == "Trụ sở Hội Khuyến học tỉnh Sơn La, Thành phố Sơn La, tỉnh Sơn La"
    assert str(vevent["DESCRIPTION"]) == event.summary
    assert str(vevent["URL"]) == "http://127.0.0.1:8000/su-kien/ky-niem-15-nam-ngay-khuyen-hoc-viet-nam/"
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]


@pytest.mark.django_db
def test_all_day_event_is_dates_with_an_exclusive_end(client):
    event = EventPage.objects.get(slug="thang-khuyen-hoc-2025")
    assert event.all_day
    _response, cal = get_ics(client, event)
    (vevent,) = cal.walk("VEVENT")
    assert vevent["DTSTART"].to_ical() == b"20250901"
    assert type(vevent.decoded("DTSTART")) is date
    assert vevent.decoded("DTEND") == date(2025, 10, 1)  # the day after 30/9
    assert str(vevent["UID"]) == f"event-{event.pk}@soctrang.localhost"


@pytest.mark.django_db
def test_whole_calendar_holds_the_sites_live_events_only(client, sonla, soctrang, sonla_index, soctrang_index):
    for site, index, other in ((sonla, sonla_index, soctrang), (soctrang, soctrang_index, sonla)):
        response, cal = get_ics(client, index)
        events = site_events(site)
        vevents = cal.walk("VEVENT")
        assert len(vevents) == events.count() >= 5
        assert {str(v["UID"]) for v in vevents} == {f"event-{e.pk}@{site.hostname}" for e in events}
        titles = {str(v["SUMMARY"]) for v in vevents}
        assert not titles & set(site_events(other).values_list("title", flat=True)) - set(
            events.values_list("title", flat=True)
        )
        assert all(f"@{other.hostname}" not in str(v["UID"]) for v in vevents)
        assert all(str(v["URL"]).startswith(f"http://{site.hostname}:") for v in vevents)
        assert cal.walk("VTIMEZONE"), "timed events need their VTIMEZONE"
    assert "Tải cả lịch (.ics)" in client.get(sonla_index.url, HTTP_HOST=host_of(sonla_index)).text


@pytest.mark.django_db
def test_unpublished_events_leave_the_calendar(client, sonla, sonla_index):
    before = len(get_ics(client, sonla_index)[1].walk("VEVENT"))
    event = site_events(sonla).first()
    event.unpublish()
    _response, cal = get_ics(client, sonla_index)
    assert len(cal.walk("VEVENT")) == before - 1
    assert f"event-{event.pk}@127.0.0.1" not in {str(v["UID"]) for v in cal.walk("VEVENT")}
    assert client.get(event.url + "ical/", HTTP_HOST=host_of(event)).status_code == 404


@pytest.mark.django_db
def test_other_sites_events_are_not_served_on_this_host(client, soctrang):
    event = site_events(soctrang).first()
    path = event.url_path.removeprefix(soctrang.root_page.url_path[:-1])
    assert client.get(path, HTTP_HOST=f"{soctrang.hostname}:8000").status_code == 200
    assert client.get(path, HTTP_HOST="127.0.0.1:8000").status_code == 404
    assert client.get(path + "ical/", HTTP_HOST="127.0.0.1:8000").status_code == 404


# -- home page and search -------------------------------------------------------------


@pytest.mark.django_db
def test_home_page_lists_the_next_three_events(client, sonla):
    html = client.get("/", HTTP_HOST=f"{sonla.hostname}:8000").text
    section = html[html.index("Sự kiện sắp tới") :]
    section = section[: section.index("</section>")]
    upcoming = list(upcoming_events(sonla.root_page))
    assert len(upcoming) > 3
    for event in upcoming[:3]:
        assert event.title in section
    assert upcoming[3].title not in section
    assert 'href="/su-kien/"' in section


@pytest.mark.django_db
def test_events_are_searchable_by_place_and_dated_by_their_start(sonla):
    event = EventPage.objects.get(slug="ky-niem-80-nam-ngay-mat-dong-chi-to-hieu")
    entry = SearchEntry.objects.get(page_id=event.pk, part=0)
    assert entry.kind == "su-kien"
    assert entry.date == date(2024, 3, 7)
    assert "Khu di tích Nhà tù Sơn La" in entry.text
    assert entry.site_id == sonla.pk


@pytest.mark.django_db
def test_events_index_is_in_the_menu(client, sonla):
    html = client.get("/", HTTP_HOST=f"{sonla.hostname}:8000").text
    nav = html[html.index('class="site-nav"') :]
    assert '<a href="/su-kien/">Sự kiện</a>' in nav[: nav.index("</nav>")]
