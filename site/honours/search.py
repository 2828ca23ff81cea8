"""Honours in search: the rolls, and each record found on its roll's page (the link filters the
roll by name and year). A record is shown by its public name: a minor's full name reaches no
entry, neither in the title nor in the text (``HonourRecord.search_fields`` lists the public name)."""

import datetime
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from sitesearch.documents import Document, public_location
from sitesearch.fields import searchable_texts
from sitesearch.registry import registry

from .models import HonourRecord, HonourRollPage

HONOUR = "vinh-danh"


def record_documents(record) -> list[tuple[int, Document]]:
    located = public_location(record.roll)
    if located is None:
        return []
    site_id, roll_url = located
    name = record.public_name
    document = Document(
        kind=HONOUR,
        title=f"{name} – {record.award} ({record.year})",
        url=f"{roll_url}?{urlencode({'q': name, 'year': record.year})}",
        texts=searchable_texts(record),
        date=datetime.date(record.year, 1, 1),
        facets={"chapter": record.chapter_id},
        page_id=record.roll_id,
    )
    return [(site_id, document)]


def records_under(page):
    return HonourRecord.objects.filter(roll__path__startswith=page.path).select_related("roll")


registry.register_kind(HONOUR, _("Vinh danh"), order=70)
registry.register_page(HonourRollPage, kind=HONOUR)
registry.register_snippet(HonourRecord, documents=record_documents, placed_under=records_under)
