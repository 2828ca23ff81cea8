"""Official documents in search: plans and reports, found by their symbol however it is typed
("137/KH-HKH", "137 KH HKH"), and the legal documents of each Site's register, found on that
Site only, under its register."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from sitesearch.documents import Document
from sitesearch.fields import searchable_texts
from sitesearch.registry import registry

from .models import LegalDocument, LegalRegisterPage, PlanPage, ReportPage

PLAN, REPORT, LEGAL = "ke-hoach", "bao-cao", "van-ban"


def legal_documents(doc) -> list[tuple[int, Document]]:
    """One entry, under its Site's register: the default language's first (a translated register
    is the same register)."""
    default_locale = Locale.get_default().pk
    registers = sorted(LegalRegisterPage.objects.live().public(), key=lambda r: (r.locale_id != default_locale, r.path))
    for register in registers:
        parts = register.get_url_parts()
        if parts and parts[0] == doc.site_id:
            document = Document(
                kind=LEGAL,
                title=doc.citation,
                url=doc.file.url if doc.file_id else f"{parts[2]}?doc_type={doc.doc_type}",
                texts=searchable_texts(doc),
                date=doc.issued_date,
                symbols=[doc.symbol],
            )
            return [(parts[0], document)]
    return []


def legal_documents_under(page):
    """The legal documents are indexed under their registers' URLs: they follow the registers."""
    if LegalRegisterPage.objects.descendant_of(page, inclusive=True).exists():
        return LegalDocument.objects.all()
    return LegalDocument.objects.none()


registry.register_kind(PLAN, PlanPage.kind_label, order=40)
registry.register_kind(REPORT, ReportPage.kind_label, order=50)
registry.register_kind(LEGAL, _("Văn bản"), order=80)
for model, kind in ((PlanPage, PLAN), (ReportPage, REPORT)):
    registry.register_page(model, kind=kind, date=lambda page: page.document_date, symbols=lambda page: [page.symbol])
registry.register_page(LegalRegisterPage, kind=LEGAL)
registry.register_snippet(LegalDocument, documents=legal_documents, placed_under=legal_documents_under)
