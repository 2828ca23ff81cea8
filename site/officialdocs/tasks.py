"""Plans and reports printed by the worker when they are published, so a reader's download is ready."""

from django_tasks import task
from wagtail.models import Page

from .models import OfficialDocumentPage
from .printing.files import print_live_revision


@task()
def print_document(page_id: int) -> None:
    page = Page.objects.live().filter(pk=page_id).specific().first()
    if isinstance(page, OfficialDocumentPage):
        print_live_revision(page)
