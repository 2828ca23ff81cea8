"""A key the desk's form carries, so that a retried post (a dropped link, a second tap) edits
the page the first attempt created instead of creating another one."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DraftKey(models.Model):
    key = models.UUIDField(_("Mã bản nháp"), unique=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Mã bản nháp")
        verbose_name_plural = _("Mã bản nháp")
