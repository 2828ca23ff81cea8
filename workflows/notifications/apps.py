from django.apps import AppConfig

from core import plugins


class NotificationsConfig(AppConfig):
    name = "workflows.notifications"
    label = "workflow_notifications"
    verbose_name = "Thông báo quy trình duyệt"

    def ready(self):
        """Each board chooses its Site's digest; our emails replace Wagtail's."""
        from . import receivers  # cycle: app loading, receivers need the models

        plugins.grant(plugins.BOARD, self.label, "change_notificationsettings")
        receivers.connect()
