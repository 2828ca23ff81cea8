"""The print edition rendered by the worker when an issue or one of its articles is published."""

from django_tasks import task

from .models import BulletinIssuePage
from .printing import printed_issue


@task()
def print_issue(issue_id: int) -> None:
    issue = BulletinIssuePage.objects.live().filter(pk=issue_id).first()
    if issue is not None and issue.articles().exists():
        printed_issue(issue)
