from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "workflows.notifications"
    label = "workflow_notifications"
    verbose_name = "Thông báo quy trình duyệt"

    def ready(self):
        """Each board chooses its Site's digest; our emails replace Wagtail's."""
        from core import plugins

        from . import receivers

        plugins.grant(plugins.BOARD, self.label, "change_notificationsettings")
        receivers.connect()
