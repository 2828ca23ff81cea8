from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuotaConfig(AppConfig):
    name = "workflows.quota"
    label = "quota"
    verbose_name = _("Chỉ tiêu tin bài")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Each board sets its Site's quota."""
        from core import plugins

        plugins.grant(plugins.BOARD, self.label, "change_quotasettings")
