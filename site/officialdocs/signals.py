"""Publishing a plan or report queues its printing, so the first reader to download it does not wait; a
register entry saved or deleted renews its Site's fragments (the register, plans citing it, mentions)."""

from django.conf import settings
from django.db import transaction
from wagtail.signals import page_published

from core.fragments import invalidate_on

from .models import LegalDocument, PlanPage, ReportPage
from .tasks import print_document


def queue_printing(sender, instance, **kwargs):
    if settings.KHUYENHOC_PRINT_ON_PUBLISH:
        transaction.on_commit(lambda: print_document.enqueue(instance.pk))


def connect():
    for model in (PlanPage, ReportPage):
        page_published.connect(queue_printing, sender=model, dispatch_uid=f"print-{model._meta.label}")
    invalidate_on(LegalDocument, site_of=lambda document: document.site_id)
