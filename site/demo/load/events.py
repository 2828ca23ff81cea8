"""Events (`events/*.md`), in the Site's "Sự kiện" calendar, or under the chapter that holds them.

Some are dated from today, so the calendar is never empty; README.md describes the date keys and the
`{year}`-like words a recurring event's texts may use.
"""

import string
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from events.models import EventKind, EventPage

from ..pages import ensure_child, paragraphs
from .files import Document, content_files, read_markdown
from .schema import SLUG, Choice, Date, Integer, MonthDay, Ref, Text, Time, no_duplicates, validate

WHEN = ("date", "days_from_today", "every_year")  # exactly one of these
EVENT = {
    "slug": Text(),
    "title": Text(),
    "kind": Choice(EventKind.values),
    "date": Date(default=None),  # a fixed day
    "days_from_today": Integer(default=None),  # today + n days (n < 0: n days ago)
    "every_year": MonthDay(default=None),  # a day that comes back each year, "MM-DD"…
    "occurrence": Choice(["previous", "next"], default=None),  # …its last one before today, or next after
    "start_time": Time(default=None),  # left out: an all-day event
    "end_time": Time(default=None),  # the end on the last day (with a start_time)
    "days": Integer(minimum=1, default=1),
    "venue": Text(),
    "address": Text(),
    "chapter": Ref("chapter", "chi hội (chapters/chapters.toml)", default=None),
    "picture": Ref("picture", "tranh minh họa (demo.images.SCENES)"),
    "summary": Text(),
}


def event_words(day: date) -> dict:
    """What an event's slug, title, summary and text may say about its date, as {name}."""
    return {
        "year": day.year,
        "report_year": (day - timedelta(days=60)).year,  # the year a meeting early in the next one reviews
        "since_1996": day.year - 1996,  # Hội Khuyến học Việt Nam, founded 2/10/1996
        "since_2008": day.year - 2008,  # Ngày Khuyến học Việt Nam, since 2008
        "since_1944": day.year - 1944,  # Tô Hiệu died on 7/3/1944
        "since_1912": day.year - 1912,  # and was born in 1912
    }


def event_day(spec: dict, today: date) -> date:
    """The day an event takes place on."""
    if spec["date"] is not None:
        return spec["date"]
    if spec["days_from_today"] is not None:
        return today + timedelta(days=spec["days_from_today"])
    month, day = (int(part) for part in spec["every_year"].split("-"))
    this_year = date(today.year, month, day)
    if spec["occurrence"] == "previous":
        return this_year if this_year < today else this_year.replace(year=today.year - 1)
    return this_year if this_year > today else this_year.replace(year=today.year + 1)


def read(folder: Path, refs: dict) -> list[Document]:
    events = []
    for path in content_files(folder / "events"):
        document = read_markdown(path)
        document.data = validate(document.source, document.data, EVENT, refs)
        document.paragraphs_only()
        check(document)
        events.append(document)
    today = timezone.localdate()
    no_duplicates(events, "slug", lambda document: (document.data["chapter"], slug_on(document.data, today)))
    return events


def slug_on(spec: dict, today: date) -> str:
    """The event's slug, its {words} filled in from the day it takes place on."""
    return spec["slug"].format(**event_words(event_day(spec, today)))


def check(document: Document) -> None:
    spec = document.data
    given = [key for key in WHEN if spec[key] is not None]
    if len(given) != 1:
        where = (given[1],) if len(given) > 1 else ()
        raise document.error(where, "cần đúng một trong các khóa ngày: " + ", ".join(WHEN))
    if (spec["occurrence"] is None) == (spec["every_year"] is not None):
        where = ("occurrence",) if spec["occurrence"] else ()
        raise document.error(where, "“occurrence” (previous hoặc next) đi cùng “every_year”, và chỉ với nó")
    if (spec["end_time"] is None) != (spec["start_time"] is None):
        raise document.error(("end_time",) if spec["end_time"] else (), "“start_time” và “end_time” đi cùng nhau")
    for key in ("slug", "title", "summary"):
        problem = word_problem(spec[key])
        if problem:
            raise document.error((key,), problem)
    for block in document.body:
        problem = word_problem(block.text)
        if problem:
            raise document.error_at(block.line, problem)
    if not SLUG.match(spec["slug"].format(**event_words(date(2000, 1, 1)))):
        raise document.error(("slug",), "“slug” phải là chữ thường không dấu, số và gạch nối (và các {từ} về ngày)")


def word_problem(text: str) -> str | None:
    """What is wrong with a text's {words}: only those `event_words` knows, and no other brace."""
    known = event_words(date(2000, 1, 1))
    listed = ", ".join(f"{{{name}}}" for name in known)
    try:
        names = {name for _literal, name, _spec, _conversion in string.Formatter().parse(text) if name is not None}
    except ValueError as error:
        return f"dấu ngoặc nhọn không hợp lệ ({error}); các từ dùng được: {listed}"
    unknown = sorted(names - set(known))
    return f"không có từ {{{unknown[0]}}}; các từ dùng được: {listed}" if unknown else None


def build(demo, events_by_site: dict[str, list[Document]]) -> None:
    zone = ZoneInfo(settings.TIME_ZONE)
    for site_key, events in events_by_site.items():
        for document in events:
            spec = document.data
            day = event_day(spec, demo.today)
            words = event_words(day)
            last_day = day + timedelta(days=spec["days"] - 1)
            all_day = spec["start_time"] is None
            start = datetime.combine(day, spec["start_time"] or time.min, tzinfo=zone)
            if all_day:
                end = datetime.combine(last_day, time.min, tzinfo=zone) if last_day > day else None
            else:
                end = datetime.combine(last_day, spec["end_time"], tzinfo=zone)
            chapter = demo.chapters[spec["chapter"]] if spec["chapter"] else None
            ensure_child(
                chapter or demo.sections[(site_key, "events")],
                EventPage,
                slug=spec["slug"].format(**words),
                title=spec["title"].format(**words),
                summary=spec["summary"].format(**words),
                body=paragraphs([text.format(**words) for text in document.paragraphs]),
                kind=spec["kind"],
                start=start,
                end=end,
                all_day=all_day,
                venue=spec["venue"],
                address=spec["address"],
                chapter=chapter,
                lead_image=demo.picture(site_key, spec["picture"]),
            )
