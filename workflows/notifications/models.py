from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="mail")
class NotificationSettings(BaseSiteSetting):
    editor_digest = models.BooleanField(
        _("Gửi Ban Biên tập bản tổng hợp hằng ngày"),
        default=False,
        help_text=_(
            "Bật: mỗi ngày một thư liệt kê bài chờ duyệt (lệnh send_editor_digest), "
            "thay cho một thư mỗi lần có bài gửi."
        ),
    )

    class Meta:
        verbose_name = _("Thông báo")
