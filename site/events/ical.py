"""Events as iCalendar (RFC 5545) files, for adding to a phone's or a computer's calendar."""

from datetime import timedelta

import icalendar
from django.http import HttpResponse
from django.utils import timezone
from wagtail.models import Site

PRODID = "-//Hoi Khuyen hoc//Trang thong tin khuyenhoc//VI"


def _hostname(request, event) -> str:
    site = Site.find_for_request(request) or event.get_site()
    return site.hostname if site else "localhost"


def event_component(event, request) -> icalendar.Event:
    """One VEVENT: a stable UID, times in Asia/Ho_Chi_Minh, all-day events as dates."""
    component = icalendar.Event()
    component.add("uid", f"event-{event.pk}@{_hostname(request, event)}")
    component.add("dtstamp", event.last_published_at or event.latest_revision_created_at or timezone.now())
    if event.all_day:
        component.add("dtstart", event.start_date)
        component.add("dtend", event.end_date + timedelta(days=1))  # DTEND is exclusive
    else:
        component.add("dtstart", event.start_local)
        if event.end_local:
            component.add("dtend", event.end_local)
    component.add("summary", event.title)
    if event.location:
        component.add("location", event.location)
    if event.listing_summary:
        component.add("description", event.listing_summary)
    component.add("categories", [str(event.get_kind_display())])
    component.add("url", event.get_full_url(request))
    return component


def build_calendar(events, request, name: str) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    # vText: icalendar escapes a property it knows (SUMMARY), not an X- one, and a title with a line
    # break made a content line it refuses to write (a 500)
    cal.add("x-wr-calname", icalendar.vText(name))
    for event in events:
        cal.add_component(event_component(event, request))
    cal.add_missing_timezones()
    return cal


def ics_response(cal: icalendar.Calendar, filename: str) -> HttpResponse:
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
