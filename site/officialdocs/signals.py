"""Publishing a plan or report queues its printing, so the first reader to download it does not wait."""

from django.conf import settings
from django.db import transaction
from wagtail.signals import page_published

from .models import PlanPage, ReportPage
from .tasks import print_document


def queue_printing(sender, instance, **kwargs):
    if settings.KHUYENHOC_PRINT_ON_PUBLISH:
        transaction.on_commit(lambda: print_document.enqueue(instance.pk))


def connect():
    for model in (PlanPage, ReportPage):
        page_published.connect(queue_printing, sender=model, dispatch_uid=f"print-{model._meta.label}")
