"""The quota a Site sets for its chapters, and the reminders already sent."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="tasks")
class QuotaSettings(BaseSiteSetting):
    """How many tin and bài each chapter sends the editorial board every month."""

    tin_per_month = models.PositiveSmallIntegerField(
        _("Số tin mỗi tháng"),
        default=2,
        validators=[MaxValueValidator(100)],
        help_text=_("Số tin tối thiểu mỗi chi hội gửi Ban Biên tập trong một tháng."),
    )
    bai_per_month = models.PositiveSmallIntegerField(
        _("Số bài mỗi tháng"),
        default=2,
        validators=[MaxValueValidator(100)],
        help_text=_("Số bài tối thiểu mỗi chi hội gửi Ban Biên tập trong một tháng."),
    )
    reminder_day = models.PositiveSmallIntegerField(
        _("Ngày nhắc"),
        default=20,
        validators=[MinValueValidator(1), MaxValueValidator(31)],
        help_text=_(
            "Từ ngày này trong tháng, chủ tịch các chi hội chưa đủ chỉ tiêu nhận thư nhắc "
            "(tháng ngắn hơn thì nhắc vào ngày cuối tháng)."
        ),
    )

    panels = [
        MultiFieldPanel([FieldPanel("tin_per_month"), FieldPanel("bai_per_month")], _("Chỉ tiêu")),
        FieldPanel("reminder_day"),
    ]

    class Meta:
        verbose_name = _("Chỉ tiêu tin bài")
        verbose_name_plural = _("Chỉ tiêu tin bài")


class QuotaReminder(models.Model):
    """One reminder per chapter and month: a second run of the command finds it and sends nothing."""

    chapter = models.ForeignKey(
        "chapters.ChapterPage",
        verbose_name=_("Chi hội"),
        on_delete=models.CASCADE,
        related_name="quota_reminders",
    )
    month = models.DateField(_("Tháng"), help_text=_("Ngày đầu tháng."))
    sent_at = models.DateTimeField(_("Gửi lúc"), default=timezone.now)
    recipients = models.TextField(_("Người nhận"), blank=True, help_text=_("Mỗi dòng một địa chỉ."))

    class Meta:
        verbose_name = _("Thư nhắc chỉ tiêu")
        verbose_name_plural = _("Thư nhắc chỉ tiêu")
        ordering = ["-month", "chapter__path"]
        constraints = [
            models.UniqueConstraint(fields=["chapter", "month"], name="quota_reminder_once_per_month"),
        ]

    def __str__(self):
        return f"{self.chapter} – {self.month:%m/%Y}"
