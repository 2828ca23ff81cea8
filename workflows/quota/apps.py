from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core import plugins


class QuotaConfig(AppConfig):
    name = "workflows.quota"
    label = "quota"
    verbose_name = _("Chỉ tiêu tin bài")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Each board sets its Site's quota; the desk shows each chapter's month (``answers``)."""
        from . import answers  # cycle: app loading, the counting needs the models

        plugins.grant(plugins.BOARD, self.label, "change_quotasettings")
        plugins.provide(answers.MONTH_QUOTA)
