from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "workflows.notifications"
    label = "workflow_notifications"
    verbose_name = "Thông báo quy trình duyệt"

    def ready(self):
        from . import receivers

        receivers.connect()
