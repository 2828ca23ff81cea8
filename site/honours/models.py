"""Honour rolls: scholarships, khen thưởng and vinh danh, with minors protected.

Records are plain models (not inline panels) because rolls are imported by the
ten thousand; they are edited as snippets and listed, filtered, on the roll page.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from core.listing import paginate
from core.models import BasePage
from core.roles import board_sites
from core.single_line import SingleLineModelForm
from core.site_scope import scope_choice
from core.trees import under_sites

RECORDS_PER_PAGE = 50


class RecipientKind(models.TextChoices):
    PERSON = "ca-nhan", _("Cá nhân")
    GROUP = "tap-the", _("Tập thể")
    FAMILY = "gia-dinh", _("Gia đình")
    CLAN = "dong-ho", _("Dòng họ")
    UNIT = "don-vi", _("Đơn vị")


class HonourRollPage(BasePage):
    intro = models.TextField(_("Giới thiệu"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Bảng vinh danh")
        verbose_name_plural = _("Bảng vinh danh")

    def get_context(self, request, *args, **kwargs):
        from .filters import HonourRecordFilter

        context = super().get_context(request, *args, **kwargs)
        records = self.records.select_related("chapter").order_by("-year", "programme", "recipient_name")
        record_filter = HonourRecordFilter(request.GET or None, queryset=records)
        context["filter"] = record_filter
        context.update(paginate(request, record_filter.qs, RECORDS_PER_PAGE))
        return context


def records_in_sites(records, sites):
    """A record belongs to the Site of its roll. Filtered by roll id, a filter field, so
    that the admin's search (a search backend) can run on the narrowed listing."""
    rolls = HonourRollPage.objects.filter(under_sites(sites)).values_list("pk", flat=True)
    return records.filter(roll__in=list(rolls))


class HonourRecordForm(SingleLineModelForm):
    """Offers only the rolls and chapters of the user's boards' Sites; a posted id from
    another Site is a form error, and the chapter must be of the roll's Site."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from chapters.models import ChapterPage

        sites = board_sites(self.for_user)
        several = sites.count() > 1
        rolls = HonourRollPage.objects.filter(under_sites(sites)).order_by("path")
        chapters = ChapterPage.objects.filter(under_sites(sites)).order_by("path")
        scope_choice(self.fields["roll"], rolls, with_site=several)
        scope_choice(self.fields["chapter"], chapters, with_site=several)

    def clean(self):
        cleaned_data = super().clean()
        roll, chapter = cleaned_data.get("roll"), cleaned_data.get("chapter")
        if roll and chapter and roll.get_site() != chapter.get_site():
            self.add_error("chapter", _("Chi hội phải thuộc cùng trang với bảng vinh danh."))
        return cleaned_data


class HonourRecord(index.Indexed, models.Model):
    roll = models.ForeignKey(
        HonourRollPage, verbose_name=_("Bảng vinh danh"), on_delete=models.CASCADE, related_name="records"
    )
    recipient_name = models.CharField(_("Người / tập thể được vinh danh"), max_length=255)
    recipient_kind = models.CharField(
        _("Loại"), max_length=10, choices=RecipientKind.choices, default=RecipientKind.PERSON
    )
    award = models.CharField(_("Hình thức"), max_length=255, help_text=_("Ví dụ: Học bổng, Giấy khen, Bằng khen"))
    programme = models.CharField(_("Chương trình"), max_length=255, blank=True)
    year = models.PositiveIntegerField(_("Năm"))
    amount = models.PositiveBigIntegerField(_("Giá trị (đồng)"), null=True, blank=True)
    quantity = models.PositiveIntegerField(_("Số suất / lượt"), default=1)
    chapter = models.ForeignKey(
        "chapters.ChapterPage",
        verbose_name=_("Chi hội"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="honour_records",
    )
    school_class = models.CharField(_("Lớp, trường"), max_length=255, blank=True)
    is_minor = models.BooleanField(
        _("Người chưa thành niên"),
        default=False,
        help_text=_("Khi đánh dấu, trang công khai chỉ hiện họ và chữ cái đầu của tên đệm, tên."),
    )
    note = models.CharField(_("Ghi chú"), max_length=255, blank=True)

    # plain selects, not page choosers: a page chooser browses every Site's tree
    panels = [
        FieldPanel("roll", widget=forms.Select),
        FieldPanel("recipient_name"),
        FieldPanel("recipient_kind"),
        FieldPanel("is_minor"),
        FieldPanel("school_class"),
        FieldPanel("award"),
        FieldPanel("programme"),
        FieldPanel("year"),
        FieldPanel("quantity"),
        FieldPanel("amount"),
        FieldPanel("chapter", widget=forms.Select),
        FieldPanel("note"),
    ]
    base_form_class = HonourRecordForm
    search_fields = [
        index.SearchField("recipient_name"),
        index.SearchField("award"),
        index.SearchField("programme"),
        index.SearchField("note"),
        index.FilterField("year"),
        index.FilterField("recipient_kind"),
        index.FilterField("roll"),
    ]

    class Meta:
        verbose_name = _("Bản ghi vinh danh")
        verbose_name_plural = _("Bản ghi vinh danh")
        ordering = ["-year", "programme", "recipient_name"]

    def __str__(self):
        return f"{self.public_name} – {self.award} ({self.year})"

    @property
    def public_name(self) -> str:
        """What the public site shows: a minor's name is reduced to family name and initials."""
        if not (self.is_minor and self.recipient_kind == RecipientKind.PERSON):
            return self.recipient_name
        family, *others = self.recipient_name.split()
        return " ".join([family] + [f"{name[0]}." for name in others])
