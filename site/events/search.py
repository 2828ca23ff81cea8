"""Events in search: their own kind, dated by the day they take place (Asia/Ho_Chi_Minh), and
under the chapter that holds them, or the one they name."""

from django.utils.translation import gettext_lazy as _

from sitesearch.registry import registry

from .models import EventPage

EVENT = "su-kien"


def _chapter(event) -> int | None:
    if event.chapter_id:
        return event.chapter_id
    chapter = event.get_chapter()
    return chapter.pk if chapter else None


registry.register_kind(EVENT, _("Sự kiện"), order=100)
registry.register_page(EventPage, kind=EVENT, date=lambda event: event.start_date, facets={"chapter": _chapter})
