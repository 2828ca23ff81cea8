"""Blocks of official plans and reports: tasks, statistics, key figures, legal references."""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

TASK_STATUSES = [
    ("planned", _("Chưa thực hiện")),
    ("in_progress", _("Đang thực hiện")),
    ("done", _("Đã hoàn thành")),
]


def achievement_rate(registered: int | None, achieved: int | None) -> Decimal | None:
    """Achieved as a percentage of registered, one decimal, or None if undefined."""
    if not registered or achieved is None:
        return None
    rate = Decimal(achieved) * 100 / Decimal(registered)
    return rate.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


class StatisticsRowValue(blocks.StructValue):
    @property
    def rate(self) -> Decimal | None:
        return achievement_rate(self.get("registered"), self.get("achieved"))


class StatisticsRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Chỉ tiêu"), max_length=255)
    registered = blocks.IntegerBlock(label=_("Đăng ký"), min_value=0)
    achieved = blocks.IntegerBlock(label=_("Đạt"), min_value=0)

    class Meta:
        value_class = StatisticsRowValue
        label = _("Dòng")


class StatisticsTableValue(blocks.StructValue):
    @property
    def total_registered(self) -> int:
        return sum(row["registered"] or 0 for row in self["rows"])

    @property
    def total_achieved(self) -> int:
        return sum(row["achieved"] or 0 for row in self["rows"])


class StatisticsTableBlock(blocks.StructBlock):
    """Registered vs achieved; the rate is always computed, never typed."""

    title = blocks.CharBlock(label=_("Tên bảng"), max_length=255)
    rows = blocks.ListBlock(StatisticsRowBlock(), label=_("Các dòng"), min_num=1)
    note = blocks.CharBlock(label=_("Ghi chú"), required=False, max_length=255)

    class Meta:
        icon = "table"
        label = _("Bảng thống kê")
        value_class = StatisticsTableValue
        template = "blocks/statistics_table.html"


class FigureBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Nội dung"), max_length=255)
    value = blocks.IntegerBlock(label=_("Số liệu"))
    unit = blocks.CharBlock(label=_("Đơn vị"), required=False, max_length=50)


class FiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tiêu đề"), required=False, max_length=255)
    items = blocks.ListBlock(FigureBlock(), label=_("Số liệu"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Số liệu chính")
        template = "blocks/figures.html"


class PlanTaskBlock(blocks.StructBlock):
    content = blocks.TextBlock(label=_("Nội dung nhiệm vụ"))
    lead_unit = blocks.CharBlock(label=_("Đơn vị chủ trì"), required=False, max_length=255)
    timeframe = blocks.CharBlock(label=_("Thời gian"), required=False, max_length=100, help_text=_("Ví dụ: Quý I/2024"))
    status = blocks.ChoiceBlock(label=_("Tình trạng"), choices=TASK_STATUSES, default="planned")

    class Meta:
        icon = "tasks"
        label = _("Nhiệm vụ")
        template = "blocks/plan_task.html"


class LegalReferenceBlock(blocks.StructBlock):
    document = SnippetChooserBlock("officialdocs.LegalDocument", label=_("Văn bản"))
    note = blocks.CharBlock(label=_("Ghi chú"), required=False, max_length=255)

    class Meta:
        icon = "link"
        label = _("Dẫn chiếu văn bản")
        template = "blocks/legal_reference.html"
