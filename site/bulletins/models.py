"""The numbered Bản tin Khuyến học: issues, their articles, printable and scanned PDFs."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponse
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from blocks.content import RICH_TEXT_FEATURES
from blocks.streams import ArticleStreamBlock
from core.models import BasePage, SectionIndexPage

from .printing import file_name_of, printed_issue

QUARTERS = [(1, "I"), (2, "II"), (3, "III"), (4, "IV")]


class BulletinIndexPage(SectionIndexPage):
    subpage_types = ["bulletins.BulletinIssuePage"]

    class Meta:
        verbose_name = _("Danh sách bản tin")

    def get_context(self, request, *args, **kwargs):
        """The archive by year: the chosen year's issues (the latest year by default) and every year with
        its count, so a decade of issues reads as a list of years, not a wall of covers."""
        context = super().get_context(request, *args, **kwargs)
        chosen = request.GET.get("nam", "")
        # the archive's fragment varies on the year asked for; what it shows is read only when not cached
        context["chosen_year"] = chosen if chosen.isdigit() and len(chosen) == 4 else ""
        archive = SimpleLazyObject(lambda: self.archive(context["chosen_year"]))
        context["years"] = SimpleLazyObject(lambda: archive["years"])
        context["year"] = SimpleLazyObject(lambda: archive["year"])
        context["issues"] = SimpleLazyObject(lambda: archive["issues"])
        return context

    def archive(self, chosen: str) -> dict:
        issues = BulletinIssuePage.objects.child_of(self).live().public()
        years = list(issues.order_by("-year").values("year").annotate(count=models.Count("pk")))
        year = int(chosen) if chosen and any(row["year"] == int(chosen) for row in years) else None
        if year is None and years:
            year = years[0]["year"]
        shown = issues.filter(year=year).select_related("cover_image", "pdf").order_by("-number")
        return {"years": years, "year": year, "issues": list(shown.prefetch_related("cover_image__renditions"))}


class BulletinIssuePage(RoutablePageMixin, BasePage):
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
        index.SearchField("number_label"),
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

    @property
    def number_label(self) -> str:
        return f"Số {self.number} {self.quarter_label}"

    def articles(self):
        """The table of contents: child articles in the order editors set."""
        return BulletinArticlePage.objects.child_of(self).live().public().order_by("path")

    # read by the template when the issue's fragment is not cached
    def _siblings(self):
        return BulletinIssuePage.objects.sibling_of(self, inclusive=False).live().public()

    @cached_property
    def previous_issue(self):
        return self._siblings().filter(number__lt=self.number).order_by("-number").first()

    @cached_property
    def next_issue(self):
        return self._siblings().filter(number__gt=self.number).order_by("number").first()

    @cached_property
    def table_of_contents(self) -> list:
        return list(self.articles())

    @property
    def has_print_edition(self) -> bool:
        return bool(self.table_of_contents)

    @path("ban-in/")
    def print_edition(self, request):
        """The issue assembled for print (``bulletins.printing``), kept per version of its articles."""
        if not self.articles().exists():
            return self.index_route(request)
        response = HttpResponse(printed_issue(self), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{file_name_of(self)}"'
        return response


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
        index.SearchField("author_name"),
        index.SearchField("body"),
        index.SearchField("issue_title"),
    ]
    parent_page_types = ["bulletins.BulletinIssuePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Bài trong bản tin")
        verbose_name_plural = _("Bài trong bản tin")

    @property
    def issue(self):
        return self.get_parent().specific

    @property
    def issue_title(self) -> str:
        return self.issue.title


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
