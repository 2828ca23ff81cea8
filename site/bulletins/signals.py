"""Publishing an issue or an article queues the issue's print edition."""

from django.conf import settings
from django.db import transaction
from wagtail.signals import page_published

from .models import BulletinArticlePage, BulletinIssuePage
from .tasks import print_issue


def queue_issue(sender, instance, **kwargs):
    issue_id = instance.pk if isinstance(instance, BulletinIssuePage) else instance.get_parent().pk
    if settings.KHUYENHOC_PRINT_ON_PUBLISH:
        transaction.on_commit(lambda: print_issue.enqueue(issue_id))


def connect():
    for model in (BulletinIssuePage, BulletinArticlePage):
        page_published.connect(queue_issue, sender=model, dispatch_uid=f"print-{model._meta.label}")
