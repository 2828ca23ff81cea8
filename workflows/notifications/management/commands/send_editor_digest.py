from django.core.management.base import BaseCommand
from wagtail.models import Site, TaskState

from workflows.notifications import emails
from workflows.notifications.models import NotificationSettings
from workflows.notifications.receivers import reviewers_of


class Command(BaseCommand):
    help = "Gửi Ban Biên tập thư tổng hợp các bài đang chờ duyệt (cho các trang bật chế độ tổng hợp). Chạy mỗi ngày một lần."

    def handle(self, *args, **options):
        waiting = TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS).select_related("workflow_state", "task")
        for site in Site.objects.all():
            if not NotificationSettings.for_site(site).editor_digest:
                continue
            states = [s for s in waiting if s.workflow_state.content_object.get_site() == site]
            if not states:
                continue
            recipients = {user.email for state in states for user in reviewers_of(state)}
            items = [emails.page_context(s.workflow_state.content_object) | {"task": s.task} for s in states]
            sent = emails.send(
                "digest",
                f"{len(items)} bài chờ duyệt – {site.site_name}",
                list(recipients),
                {"site": site, "items": items},
            )
            self.stdout.write(f"{site.site_name}: {len(items)} bài, gửi {sent} người.")
