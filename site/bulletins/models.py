"""The numbered Bản tin Khuyến học: issues, their articles, printable and scanned PDFs."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from blocks.content import RICH_TEXT_FEATURES
from blocks.streams import ArticleStreamBlock
from core.models import BasePage, SectionIndexPage

QUARTERS = [(1, "I"), (2, "II"), (3, "III"), (4, "IV")]


class BulletinIndexPage(SectionIndexPage):
    subpage_types = ["bulletins.BulletinIssuePage"]

    class Meta:
        verbose_name = _("Danh sách bản tin")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["issues"] = (
            BulletinIssuePage.objects.child_of(self)
            .live()
            .public()
            .select_related("cover_image", "pdf")
            .order_by("-year", "-number")
        )
        return context


class BulletinIssuePage(BasePage):
    number = models.PositiveIntegerField(_("Số"))
    year = models.PositiveIntegerField(_("Năm"), validators=[MinValueValidator(1990), MaxValueValidator(2100)])
    quarter = models.PositiveSmallIntegerField(_("Quý"), choices=QUARTERS, null=True, blank=True)
    publication_date = models.DateField(_("Ngày phát hành"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Ảnh bìa"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Bản PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Bản in hoặc bản quét của số báo."),
    )
    is_scanned = models.BooleanField(
        _("Số cũ, bản quét"),
        default=False,
        help_text=_("Đánh dấu khi số này chỉ có bản quét, chưa nhập từng bài."),
    )
    editorial = RichTextField(_("Lời ban biên tập"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("number"), FieldPanel("year"), FieldPanel("quarter"), FieldPanel("publication_date")],
            _("Số báo"),
        ),
        FieldPanel("cover_image"),
        MultiFieldPanel([FieldPanel("pdf"), FieldPanel("is_scanned")], _("Bản PDF")),
        FieldPanel("editorial"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("editorial"),
        index.FilterField("number"),
        index.FilterField("year"),
    ]
    parent_page_types = ["bulletins.BulletinIndexPage"]
    subpage_types = ["bulletins.BulletinArticlePage"]

    class Meta:
        verbose_name = _("Số bản tin")
        verbose_name_plural = _("Các số bản tin")

    def clean(self):
        super().clean()
        if self.pdf_id and self.pdf.file_extension.lower() != "pdf":
            raise ValidationError({"pdf": _("Bản tin phải là tệp PDF.")})
        parent = self.get_parent() if self.path else getattr(self, "_cached_parent_obj", None)
        if parent is not None:
            clash = BulletinIssuePage.objects.child_of(parent).filter(number=self.number).exclude(pk=self.pk)
            if clash.exists():
                raise ValidationError({"number": _("Đã có số %(n)s trong bản tin này.") % {"n": self.number}})

    @property
    def quarter_label(self) -> str:
        return f"Quý {dict(QUARTERS)[self.quarter]}/{self.year}" if self.quarter else str(self.year)

    def articles(self):
        """The table of contents: child articles in the order editors set."""
        return BulletinArticlePage.objects.child_of(self).live().public().order_by("path")


class BulletinArticlePage(BasePage):
    og_type = "article"  # OpenGraph type when shared

    author_name = models.CharField(_("Tác giả"), max_length=255, blank=True)
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
        FieldPanel("author_name"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("author_name"),
    ]
    parent_page_types = ["bulletins.BulletinIssuePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Bài trong bản tin")
        verbose_name_plural = _("Bài trong bản tin")

    @property
    def issue(self):
        return self.get_parent().specific


class BulletinPdfPage(models.Model):
    """The text of one page of an issue's PDF, extracted for search (past issues are often scans)."""

    issue = models.ForeignKey(BulletinIssuePage, on_delete=models.CASCADE, related_name="pdf_pages")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    number = models.PositiveIntegerField(_("Trang"))
    text = models.TextField(_("Nội dung"), blank=True)
    encoding = models.CharField(_("Bảng mã gốc"), max_length=10, default="unicode")

    class Meta:
        ordering = ["issue", "number"]
        unique_together = [("issue", "number")]
        verbose_name = _("Trang PDF của bản tin")
        verbose_name_plural = _("Trang PDF của bản tin")
