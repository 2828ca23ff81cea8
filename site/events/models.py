"""Events: Tháng Khuyến học, Ngày Khuyến học Việt Nam 2/10, award ceremonies, conferences…

Events are added by the province office in the Site's EventIndexPage and by chapter
presidents under their own chapter (so they go through the same review as their news).
The index lists every event of its Site, wherever it lives, and shows a calendar by month
(``?thang=YYYY-MM``); every event and the whole calendar can be downloaded as iCalendar
(``<event>/ical/``, ``<index>/ical/``). Times are those of Asia/Ho_Chi_Minh.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from blocks.streams import ArticleStreamBlock
from chapters.models import ChapterPage
from chapters.sections import chapter_section
from core.formatting import ngay, ngay_van_ban
from core.models import BasePage, SectionIndexPage
from core.trees import home_of

from . import ical
from .month import WEEKDAYS, BadMonth, month_end, month_weeks, parse_month, shift_month

UPCOMING_ON_INDEX = 10


def local_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def start_of_day(day) -> datetime:
    return datetime.combine(day, time.min, tzinfo=local_zone())


class EventKind(models.TextChoices):
    THANG_KHUYEN_HOC = "thang-khuyen-hoc", _("Tháng Khuyến học")
    NGAY_KHUYEN_HOC = "ngay-khuyen-hoc", _("Ngày Khuyến học Việt Nam 2/10")
    TRAO_HOC_BONG = "trao-hoc-bong", _("Lễ trao học bổng, khen thưởng")
    HOI_NGHI = "hoi-nghi", _("Hội nghị, đại hội")
    KHAC = "khac", _("Khác")


def live_events(root):
    """Live, public events under ``root`` (a Site's home page or a chapter), soonest first."""
    return (
        EventPage.objects.live()
        .public()
        .descendant_of(root)
        .select_related("chapter", "lead_image")
        .order_by("start", "pk")
    )


def upcoming_events(root):
    """Events still to come or going on: those ending (or, without an end, starting) today or later."""
    since = start_of_day(timezone.localdate())
    return live_events(root).filter(Q(end__gte=since) | Q(end__isnull=True, start__gte=since))


def chapter_events(chapter):
    """Upcoming events a chapter or one of its sub-chapters holds, wherever the page lives."""
    home = home_of(chapter) or chapter
    organisers = ChapterPage.objects.descendant_of(chapter, inclusive=True)
    return upcoming_events(home).filter(Q(chapter__in=organisers) | Q(path__startswith=chapter.path))


@chapter_section("upcoming_events")
def upcoming_events_of(chapter):
    return chapter_events(chapter)[:5]


def events_index_of(page):
    """The events index of the Site (and language) ``page`` belongs to, or None."""
    home = home_of(page)
    return EventIndexPage.objects.child_of(home).live().public().first() if home else None


def events_between(root, first, last):
    """Events taking place, at least in part, between the days ``first`` and ``last``."""
    since, until = start_of_day(first), start_of_day(last + timedelta(days=1))
    return live_events(root).filter(start__lt=until).filter(Q(end__gte=since) | Q(end__isnull=True, start__gte=since))


class EventIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("Lịch sự kiện")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming_events"] = upcoming_events(self.get_parent())[:UPCOMING_ON_INDEX]
        url = self.get_url(request)
        context["ical_url"] = url + self.reverse_subpage("calendar_ical") if url else None
        return context

    @path("")
    def calendar_month(self, request):
        """The upcoming events and the calendar of one month (?thang=YYYY-MM, this month by default)."""
        today = timezone.localdate()
        try:
            first = parse_month(request.GET.get("thang"), today)
        except BadMonth as error:
            response = self.render(request, context_overrides={"month_error": str(error)})
            response.status_code = 400
            return response
        last = month_end(first)
        events = list(events_between(self.get_parent(), first, last))
        return self.render(
            request,
            context_overrides={
                "month": first,
                "month_label": _("Tháng %(month)s năm %(year)s") % {"month": first.month, "year": first.year},
                "weekdays": WEEKDAYS,
                "weeks": month_weeks(first, events, today),
                "month_events": events,
                "previous_month": shift_month(first, -1),
                "next_month": shift_month(first, 1),
                "is_this_month": first == today.replace(day=1),
            },
        )

    @path("ical/")
    def calendar_ical(self, request):
        """Every live, public event of this Site's calendar as one .ics file."""
        home = self.get_parent()
        name = f"{self.title} – {home.title}"
        return ical.ics_response(ical.build_calendar(live_events(home), request, name), f"{home.slug}-{self.slug}.ics")


class EventPage(RoutablePageMixin, BasePage):
    start = models.DateTimeField(_("Bắt đầu"))
    end = models.DateTimeField(_("Kết thúc"), null=True, blank=True, help_text=_("Để trống nếu không rõ giờ kết thúc."))
    all_day = models.BooleanField(
        _("Cả ngày"),
        default=False,
        help_text=_("Sự kiện diễn ra trọn ngày (hoặc nhiều ngày): chỉ tính ngày, không tính giờ."),
    )
    venue = models.CharField(_("Địa điểm"), max_length=255, help_text=_("Ví dụ: Hội trường UBND tỉnh"))
    address = models.CharField(_("Địa chỉ"), max_length=255, blank=True)
    kind = models.CharField(_("Loại sự kiện"), max_length=20, choices=EventKind.choices, default=EventKind.KHAC)
    chapter = models.ForeignKey(
        "chapters.ChapterPage",
        verbose_name=_("Cấp hội tổ chức"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Để trống nếu do Hội tỉnh tổ chức. Sự kiện đăng trong trang của một chi hội tự nhận chi hội ấy."),
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ArticleStreamBlock(), verbose_name=_("Nội dung"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("all_day")], _("Thời gian")),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("address")], _("Địa điểm")),
        MultiFieldPanel([FieldPanel("kind"), FieldPanel("chapter")], _("Phân loại")),
        FieldPanel("lead_image"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("location"),
        index.FilterField("start"),
        index.FilterField("kind"),
        index.FilterField("chapter"),
    ]
    parent_page_types = ["events.EventIndexPage", "chapters.ChapterPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Sự kiện")
        verbose_name_plural = _("Sự kiện")

    def save(self, *args, **kwargs):
        """An event added under a chapter is that chapter's unless the author said otherwise."""
        if self.chapter_id is None and self.depth:
            parent = self.get_parent()
            if parent is not None and parent.specific_class is ChapterPage:
                self.chapter_id = parent.pk
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.start and self.end:
            too_early = self.end_local.date() < self.start_date if self.all_day else self.end < self.start
            if too_early:
                raise ValidationError({"end": _("Thời gian kết thúc không được trước thời gian bắt đầu.")})

    # -- time, in Asia/Ho_Chi_Minh ---------------------------------------------

    @property
    def start_local(self) -> datetime:
        return timezone.localtime(self.start, local_zone())

    @property
    def end_local(self) -> datetime | None:
        return timezone.localtime(self.end, local_zone()) if self.end else None

    @property
    def start_date(self):
        return self.start_local.date()

    @property
    def end_date(self):
        """The last day of the event (its first day when no end is given)."""
        return max(self.end_local.date(), self.start_date) if self.end else self.start_date

    def days(self):
        """Every day the event takes place on."""
        day = self.start_date
        while day <= self.end_date:
            yield day
            day += timedelta(days=1)

    @property
    def start_iso(self) -> str:
        """For <time datetime="…">."""
        return self.start_date.isoformat() if self.all_day else self.start_local.isoformat(timespec="minutes")

    @property
    def when(self) -> str:
        """ "08:00 – 11:30, ngày 02 tháng 10 năm 2026", "ngày 01 tháng 9 năm 2026 – ngày 30 tháng 9 năm 2026"…"""
        start, end = self.start_local, self.end_local
        if self.all_day:
            if self.end_date == self.start_date:
                return ngay_van_ban(self.start_date)
            return f"{ngay_van_ban(self.start_date)} – {ngay_van_ban(self.end_date)}"
        if end is None or end == start:
            return f"{start:%H:%M}, {ngay_van_ban(start.date())}"
        if end.date() == start.date():
            return f"{start:%H:%M} – {end:%H:%M}, {ngay_van_ban(start.date())}"
        return f"{start:%H:%M}, {ngay_van_ban(start.date())} – {end:%H:%M}, {ngay_van_ban(end.date())}"

    @property
    def short_date(self) -> str:
        """ "02/10/2026", or "01/09/2026 – 30/09/2026" for several days: for compact lists."""
        if self.end_date == self.start_date:
            return ngay(self.start_date)
        return f"{ngay(self.start_date)} – {ngay(self.end_date)}"

    @property
    def location(self) -> str:
        return ", ".join(part for part in (self.venue, self.address) if part)

    # -- pages ----------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        url = self.get_url(request)
        context["ical_url"] = url + self.reverse_subpage("event_ical") if url else None
        context["event_index"] = events_index_of(self) if self.path else None
        return context

    @path("ical/")
    def event_ical(self, request):
        """This event alone as an .ics file."""
        home = home_of(self)
        site_name = home.title if home else self.title
        return ical.ics_response(
            ical.build_calendar([self], request, f"{self.title} – {site_name}"), f"{self.slug}.ics"
        )
