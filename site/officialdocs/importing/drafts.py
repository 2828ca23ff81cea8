"""An imported document becomes a *draft* plan or report of the Site, never a published page: its legal
bases matched to the Site's register (created there when missing), the original file kept beside it."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.documents.models import Document

from core.mentions import symbol_key
from core.roles import site_collection
from core.text import slugify_vi
from core.trees import under_sites

from ..models import DocumentIndexPage, LegalDocument, PlanLegalBasis, PlanPage, ReportLegalBasis, ReportPage
from .parsing import Imported


class ImportRefused(Exception):
    """The Site cannot take the document; the message is for the editor."""


def create_draft(imported: Imported, *, site, user, file_name: str, data: bytes):
    index = DocumentIndexPage.objects.filter(under_sites([site])).order_by("path").first()
    if index is None:
        raise ImportRefused(_("Trang này chưa có mục Văn bản để đặt kế hoạch, báo cáo."))
    model, basis_model = (PlanPage, PlanLegalBasis) if imported.kind == "plan" else (ReportPage, ReportLegalBasis)
    with transaction.atomic():
        original = Document(title=file_name, collection=site_collection(site), uploaded_by_user=user)
        original.file.save(file_name, ContentFile(data), save=False)
        original.save()
        page = model(
            title=imported.title[:255],
            slug=find_available_slug(index, slugify_vi(imported.title, max_length=80) or "van-ban"),
            live=False,
            owner=user,
            parent_body=imported.parent_body[:255],
            issuing_body=(imported.issuing_body or site.site_name)[:255],
            number=imported.number[:20],
            symbol=imported.symbol[:100],
            place=imported.place[:100],
            document_date=imported.document_date,
            body=imported.body,
            signer_capacity=imported.signer_capacity[:255],
            signer_title=imported.signer_title[:255],
            signer_name=imported.signer_name[:255],
            recipients="\n".join(imported.recipients),
            source_file=original,
            needs_review=imported.needs_review,
            import_notes="\n".join(imported.unplaced),
        )
        index.add_child(instance=page)
        for order, basis in enumerate(imported.bases):
            basis_model.objects.create(page=page, document=_register_entry(site, basis), sort_order=order)
        page.save_revision(user=user, log_action=True)
    return page


def _register_entry(site, basis) -> LegalDocument:
    """The Site's register entry of a cited document: the one of the same symbol, or a new one."""
    key = symbol_key(basis.symbol)
    for document in LegalDocument.objects.filter(site=site):
        if symbol_key(document.symbol) == key:
            return document
    return LegalDocument.objects.create(
        site=site,
        symbol=basis.symbol[:100],
        doc_type=basis.doc_type,
        issuer=(basis.issuer or "?")[:255],
        issued_date=basis.issued_date,
        title=(basis.title or basis.symbol)[:500],
    )
