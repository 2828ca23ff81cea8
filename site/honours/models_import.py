"""An import of a spreadsheet into an honour roll, from upload to done.

The job holds the uploaded file itself (in the database, never in the public media folder: it
names minors) until the import is done, the columns the board matched, the dry run's report
and the progress that the admin's progress bar polls. Loaded by ``honours.models``.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportStatus(models.TextChoices):
    MAPPING = "ghep-cot", _("Chờ ghép cột")
    CHECKING = "kiem-tra", _("Đang kiểm tra thử")
    CHECKED = "da-kiem-tra", _("Đã kiểm tra, chờ xác nhận")
    IMPORTING = "dang-nhap", _("Đang nhập")
    DONE = "xong", _("Đã nhập xong")
    FAILED = "loi", _("Không nhập được")


RUNNING = (ImportStatus.CHECKING, ImportStatus.IMPORTING)


class HonourImport(models.Model):
    roll = models.ForeignKey(
        "honours.HonourRollPage", verbose_name=_("Bảng vinh danh"), on_delete=models.CASCADE, related_name="imports"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Người tải lên"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("Lúc tải lên"), auto_now_add=True)
    finished_at = models.DateTimeField(_("Lúc xong"), null=True, blank=True)
    file_name = models.CharField(_("Tên tệp"), max_length=255)
    file_data = models.BinaryField(_("Tệp"), editable=False)
    header_row = models.PositiveIntegerField(_("Dòng tiêu đề"), default=1)
    headers = models.JSONField(_("Tiêu đề cột"), default=list)
    samples = models.JSONField(_("Vài giá trị đầu của mỗi cột"), default=list)
    mapping = models.JSONField(_("Ghép cột"), default=dict)  # field → column index
    defaults = models.JSONField(_("Giá trị chung"), default=dict)
    skip_duplicates = models.BooleanField(_("Bỏ qua các dòng trùng"), default=True)
    status = models.CharField(
        _("Tình trạng"), max_length=12, choices=ImportStatus.choices, default=ImportStatus.MAPPING
    )
    rows_total = models.PositiveIntegerField(_("Số dòng"), default=0)
    rows_done = models.PositiveIntegerField(_("Số dòng đã xử lý"), default=0)
    report = models.JSONField(_("Báo cáo"), default=dict)
    error = models.TextField(_("Lỗi"), blank=True)

    class Meta:
        verbose_name = _("Lần nhập vinh danh")
        verbose_name_plural = _("Các lần nhập vinh danh")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.file_name} → {self.roll}"

    @property
    def is_running(self) -> bool:
        return self.status in RUNNING

    @property
    def percent(self) -> int:
        return round(100 * self.rows_done / self.rows_total) if self.rows_total else 0
