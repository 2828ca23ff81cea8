"""Blocks of official plans and reports: tasks, statistics, key figures, legal references."""

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from . import charts

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


class RateRow(NamedTuple):
    """Registered vs achieved: a statistics table's row, or one year of a model's results."""

    label: str
    registered: int | None
    achieved: int | None

    @property
    def rate(self) -> Decimal | None:
        return achievement_rate(self.registered, self.achieved)


class AmountRow(NamedTuple):
    label: str
    amount: int


def rate_chart(title: str, rows: Iterable[RateRow]) -> str:
    """Each row's achieved as a share of its registered, on a track of the same length."""
    rows = list(rows)
    bars = [
        charts.Bar(row.label, None if row.rate is None else float(row.rate) / 100, charts.percent(row.rate))
        for row in rows
    ]
    values = "; ".join(f"{row.label}: {charts.percent(row.rate)}" for row in rows)
    description = gettext("Tỷ lệ đạt so với số đăng ký. %(values)s.") % {"values": values}
    return charts.bar_chart(title, description, bars, track=True)


def amount_chart(title: str, rows: Iterable[AmountRow]) -> str:
    """Amounts in đồng, the bars in proportion to the largest."""
    rows = list(rows)
    largest = max((abs(row.amount) for row in rows), default=0) or 1
    bars = [charts.Bar(row.label, abs(row.amount) / largest, charts.compact_amount(row.amount)) for row in rows]
    values = "; ".join(f"{row.label}: {charts.compact_amount(row.amount)}" for row in rows)
    description = gettext("Số tiền, đơn vị đồng. %(values)s.") % {"values": values}
    return charts.bar_chart(title, description, bars)


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

    @property
    def rate_rows(self) -> list[RateRow]:
        return [RateRow(row["label"], row["registered"], row["achieved"]) for row in self["rows"]]

    @property
    def chart(self) -> str:
        return rate_chart(self["title"], self.rate_rows)


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


MONEY_UNITS = {"đồng", "đ", "vnđ", "vnd"}


class FiguresValue(blocks.StructValue):
    @property
    def amount_rows(self) -> list[AmountRow]:
        """The items as amounts when every item (two or more) is in đồng, else none: only
        figures of one unit can share a chart."""
        items = self["items"]
        if len(items) < 2 or any((item["unit"] or "").strip().lower() not in MONEY_UNITS for item in items):
            return []
        return [AmountRow(item["label"], item["value"]) for item in items if item["value"] is not None]

    @property
    def chart(self) -> str:
        rows = self.amount_rows
        return amount_chart(self["title"] or gettext("Số tiền"), rows) if rows else ""


class FiguresBlock(blocks.StructBlock):
    """Key figures; when they are all amounts in đồng (a fund's totals), a bar chart is drawn above them."""

    title = blocks.CharBlock(label=_("Tiêu đề"), required=False, max_length=255)
    items = blocks.ListBlock(FigureBlock(), label=_("Số liệu"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Số liệu chính")
        template = "blocks/figures.html"
        value_class = FiguresValue


class PlanTaskBlock(blocks.StructBlock):
    content = blocks.TextBlock(label=_("Nội dung nhiệm vụ"))
    lead_unit = blocks.CharBlock(label=_("Đơn vị chủ trì"), required=False, max_length=255)
    timeframe = blocks.CharBlock(label=_("Thời gian"), required=False, max_length=100, help_text=_("Ví dụ: Quý I/2024"))
    status = blocks.ChoiceBlock(label=_("Tình trạng"), choices=TASK_STATUSES, default="planned")

    class Meta:
        icon = "tasks"
        label = _("Nhiệm vụ")
        template = "blocks/plan_task.html"


class TaskResultBlock(blocks.StructBlock):
    """A report's result for one task of the plan it reports on; the plan shows each task's latest result."""

    task_number = blocks.IntegerBlock(
        label=_("Nhiệm vụ số"), min_value=1, help_text=_("Thứ tự của nhiệm vụ trong kế hoạch được báo cáo.")
    )
    status = blocks.ChoiceBlock(label=_("Tình trạng"), choices=TASK_STATUSES)
    result = blocks.TextBlock(label=_("Kết quả"), required=False)

    class Meta:
        icon = "tick"
        label = _("Kết quả nhiệm vụ")
        template = "blocks/task_result.html"


class LegalReferenceBlock(blocks.StructBlock):
    document = SnippetChooserBlock("officialdocs.LegalDocument", label=_("Văn bản"))
    note = blocks.CharBlock(label=_("Ghi chú"), required=False, max_length=255)

    class Meta:
        icon = "link"
        label = _("Dẫn chiếu văn bản")
        template = "blocks/legal_reference.html"
