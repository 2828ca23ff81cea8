"""Campaigns and programmes for funds: goal, dates, status, beneficiaries.

The public ledger of donations and disbursements comes later; until then the
amount raised is the figure last reported by the association.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from blocks.streams import ArticleStreamBlock
from core.models import BasePage, SectionIndexPage, group_by_choice


class CampaignStatus(models.TextChoices):
    PLANNED = "planned", _("Sắp triển khai")
    RUNNING = "running", _("Đang vận động")
    FINISHED = "finished", _("Đã kết thúc")


class CampaignIndexPage(SectionIndexPage):
    subpage_types = ["campaigns.CampaignPage"]

    class Meta:
        verbose_name = _("Danh sách chiến dịch")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        campaigns = CampaignPage.objects.child_of(self).live().public().order_by("-start_date")
        context["campaign_groups"] = group_by_choice(campaigns, "status", CampaignStatus.choices)
        return context


class CampaignPage(BasePage):
    fund_name = models.CharField(_("Quỹ"), max_length=255, blank=True)
    status = models.CharField(
        _("Tình trạng"), max_length=10, choices=CampaignStatus.choices, default=CampaignStatus.RUNNING
    )
    start_date = models.DateField(_("Ngày bắt đầu"))
    end_date = models.DateField(_("Ngày kết thúc"), null=True, blank=True)
    goal_amount = models.PositiveBigIntegerField(_("Mục tiêu (đồng)"), null=True, blank=True)
    raised_amount = models.PositiveBigIntegerField(
        _("Đã vận động (đồng)"),
        null=True,
        blank=True,
        help_text=_("Số liệu báo cáo gần nhất, cho tới khi có sổ quỹ công khai."),
    )
    beneficiaries = models.TextField(_("Đối tượng thụ hưởng"), blank=True)
    beneficiaries_count = models.PositiveIntegerField(_("Số người thụ hưởng"), null=True, blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ArticleStreamBlock(), verbose_name=_("Nội dung"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("fund_name"), FieldPanel("status"), FieldPanel("start_date"), FieldPanel("end_date")],
            _("Chiến dịch"),
        ),
        MultiFieldPanel([FieldPanel("goal_amount"), FieldPanel("raised_amount")], _("Tài chính")),
        MultiFieldPanel([FieldPanel("beneficiaries"), FieldPanel("beneficiaries_count")], _("Thụ hưởng")),
        FieldPanel("lead_image"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("fund_name"),
        index.SearchField("beneficiaries"),
        index.SearchField("body"),
        index.FilterField("status"),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Chiến dịch")
        verbose_name_plural = _("Chiến dịch")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Ngày kết thúc phải sau ngày bắt đầu.")})

    @property
    def progress_percent(self) -> int | None:
        """Share of the goal raised, capped at 100 for the progress bar."""
        if not self.goal_amount or self.raised_amount is None:
            return None
        return min(100, round(self.raised_amount * 100 / self.goal_amount))
