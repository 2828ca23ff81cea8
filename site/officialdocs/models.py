"""Official plans and reports in the Vietnamese administrative layout, and the
register of the legal documents they cite (Căn cứ …)."""

from typing import NamedTuple

from django import forms
from django.db import models
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from blocks.streams import OfficialStreamBlock
from core.listing import listing_key, paginate
from core.models import BasePage, SectionIndexPage
from core.text import fold
from core.trees import home_of

from .forms import LegalDocumentForm, OfficialDocumentPageForm
from .printing.download import download
from .statistics import site_statistics


class LegalDocumentType(models.TextChoices):
    DECISION = "qd", _("Quyết định")
    DIRECTIVE = "ct", _("Chỉ thị")
    CONCLUSION = "kl", _("Kết luận")
    RESOLUTION = "nq", _("Nghị quyết")
    DECREE = "nd", _("Nghị định")
    CIRCULAR = "tt", _("Thông tư")
    PLAN = "kh", _("Kế hoạch")
    OFFICIAL_LETTER = "cv", _("Công văn")
    NOTICE = "tb", _("Thông báo")
    REPORT = "bc", _("Báo cáo")


def documents_in_sites(documents, sites):
    """By site id, a filter field: the admin's search (a search backend) runs on the result."""
    return documents.filter(site__in=[getattr(site, "pk", site) for site in sites])


class LegalDocument(index.Indexed, models.Model):
    """One entry of a Site's register: a document that Site's plans and reports can cite.
    Each Site keeps its own entries (two Sites citing one decree have one entry each)."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("Trang"),
        on_delete=models.CASCADE,
        related_name="legal_documents",
        help_text=_("Trang của hội có sổ đăng ký ghi văn bản này."),
    )
    symbol = models.CharField(_("Số, ký hiệu"), max_length=100, help_text=_("Ví dụ: 1373/QĐ-TTg, 49-KL/TW"))
    doc_type = models.CharField(_("Loại văn bản"), max_length=2, choices=LegalDocumentType.choices)
    issuer = models.CharField(_("Cơ quan ban hành"), max_length=255)
    issued_date = models.DateField(_("Ngày ban hành"), null=True, blank=True)
    title = models.CharField(_("Trích yếu"), max_length=500)
    summary = models.TextField(_("Tóm tắt"), blank=True)
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Tệp văn bản"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("site"),
        FieldPanel("symbol"),
        FieldPanel("doc_type"),
        FieldPanel("issuer"),
        FieldPanel("issued_date"),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("file"),
    ]
    base_form_class = LegalDocumentForm
    search_fields = [
        index.SearchField("title"),
        index.SearchField("summary"),
        index.SearchField("issuer"),
        index.SearchField("symbol"),
        index.FilterField("doc_type"),
        index.FilterField("site"),
        index.AutocompleteField("symbol"),
    ]

    class Meta:
        ordering = ["-issued_date", "symbol"]
        verbose_name = _("Văn bản pháp lý")
        verbose_name_plural = _("Sổ đăng ký văn bản")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "symbol"],
                name="legal_document_symbol_once_per_site",
                violation_error_message=_("Sổ đăng ký của trang này đã có văn bản mang số, ký hiệu này."),
            ),
        ]

    def __str__(self):
        return self.citation

    @property
    def citation(self) -> str:
        """How a plan cites it: "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"."""
        text = f"{self.get_doc_type_display()} số {self.symbol}"
        if self.issued_date:
            d = self.issued_date
            text += f" ngày {d.day:02d}/{d.month:02d}/{d.year}"
        return f"{text} của {self.issuer}"

    @property
    def title_in_sentence(self) -> str:
        """The subject after "về": its first letter in lower case, unless the word is an abbreviation
        ("Phê duyệt Đề án…" → "phê duyệt Đề án…"; "UBND tỉnh…" stays). Proper nouns further on keep their capitals."""
        title = self.title
        if len(title) > 1 and title[1].islower():
            return title[0].lower() + title[1:]
        return title

    @property
    def symbol_key(self) -> str:
        """The symbol without slashes, dashes or accents, for exact look-ups ("1373qdttg")."""
        return "".join(ch for ch in fold(self.symbol) if ch.isalnum())


DOCUMENTS_PER_PAGE = 50
FILTER_PARAMETERS = ("q", "doc_type", "issuer", "year", "page")


class LegalRegisterPage(BasePage):
    intro = models.TextField(_("Giới thiệu"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["officialdocs.DocumentIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Sổ đăng ký văn bản")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # the listing's fragment varies on the query string; the listing is read only when it is not cached
        listing = SimpleLazyObject(lambda: self.listing(request))
        for name in ("filter", "page_obj", "query_string"):
            context[name] = SimpleLazyObject(lambda name=name: listing[name])
        context["listing_key"] = listing_key(request, FILTER_PARAMETERS)
        return context

    def listing(self, request) -> dict:
        from .filters import LegalDocumentFilter  # cycle: the filter is built on LegalDocument

        documents = LegalDocument.objects.filter(site=self.get_site()).select_related("file")  # its own Site's only
        doc_filter = LegalDocumentFilter(request.GET or None, queryset=documents)
        doc_filter.count_options()
        return {"filter": doc_filter, **paginate(request, doc_filter.qs, DOCUMENTS_PER_PAGE)}


class DocumentIndexPage(SectionIndexPage):
    subpage_types = ["officialdocs.PlanPage", "officialdocs.ReportPage", "officialdocs.LegalRegisterPage"]

    class Meta:
        verbose_name = _("Danh sách văn bản")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # querysets and lazy look-ups: nothing is read when the page's fragment is cached
        context["plans"] = PlanPage.objects.child_of(self).live().public().order_by("-document_date")
        context["reports"] = ReportPage.objects.child_of(self).live().public().order_by("-document_date")
        context["register"] = SimpleLazyObject(LegalRegisterPage.objects.child_of(self).live().public().first)
        context["statistics_page"] = SimpleLazyObject(StatisticsPage.objects.sibling_of(self).live().public().first)
        return context


CONTENTS_FROM_HEADINGS = 3  # a document with fewer headings needs no table of contents


class BodyItem(NamedTuple):
    block: object  # a StreamField child
    anchor: str
    task_number: int | None = None
    progress: "TaskProgress | None" = None


class TaskProgress(NamedTuple):
    status: str
    result: str
    report: "ReportPage"


class OfficialDocumentPage(RoutablePageMixin, BasePage):
    """Shared layout of plans and reports (Nghị định 30/2020/NĐ-CP), downloadable as PDF and DOCX."""

    parent_body = models.CharField(
        _("Cơ quan chủ quản"), max_length=255, blank=True, help_text=_("Ví dụ: UBND TỈNH SƠN LA")
    )
    issuing_body = models.CharField(_("Cơ quan ban hành"), max_length=255, help_text=_("Ví dụ: HỘI KHUYẾN HỌC"))
    number = models.CharField(_("Số"), max_length=20, blank=True)
    symbol = models.CharField(_("Số, ký hiệu"), max_length=100, blank=True, help_text=_("Ví dụ: 137/KH-HKH"))
    place = models.CharField(_("Địa danh"), max_length=100, help_text=_("Ví dụ: Sơn La"))
    document_date = models.DateField(_("Ngày ký"), null=True, blank=True)
    period = models.CharField(_("Kỳ"), max_length=100, blank=True, help_text=_("Ví dụ: Năm 2024"))
    body = StreamField(OfficialStreamBlock(), verbose_name=_("Nội dung"), blank=True)
    signer_capacity = models.CharField(
        _("Thẩm quyền ký"), max_length=255, blank=True, help_text=_("Ví dụ: TM. HỘI KHUYẾN HỌC TỈNH")
    )
    signer_title = models.CharField(_("Chức vụ người ký"), max_length=255, blank=True)
    signer_name = models.CharField(_("Họ tên người ký"), max_length=255, blank=True)
    recipients = models.TextField(_("Nơi nhận"), blank=True, help_text=_("Mỗi dòng một nơi nhận."))
    source_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Tệp gốc"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Tệp Word hoặc PDF mà trang này được nhập từ đó."),
    )
    needs_review = models.BooleanField(
        _("Cần soát lại"),
        default=False,
        help_text=_("Văn bản nhập từ bản quét (OCR) có thể mất dấu: hãy đối chiếu với tệp gốc rồi bỏ đánh dấu."),
    )
    import_notes = models.TextField(
        _("Những dòng chưa đặt được"), blank=True, help_text=_("Khi nhập từ tệp: những dòng chưa xếp vào mục nào.")
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("parent_body"),
                FieldPanel("issuing_body"),
                FieldPanel("number"),
                FieldPanel("symbol"),
                FieldPanel("place"),
                FieldPanel("document_date"),
                FieldPanel("period"),
            ],
            _("Thể thức văn bản"),
        ),
        InlinePanel("legal_bases", label=_("Căn cứ")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("signer_capacity"), FieldPanel("signer_title"), FieldPanel("signer_name")],
            _("Chữ ký"),
        ),
        FieldPanel("recipients"),
        MultiFieldPanel(
            [FieldPanel("source_file"), FieldPanel("needs_review"), FieldPanel("import_notes")], _("Nhập từ tệp")
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("issuing_body"),
        index.SearchField("parent_body"),
        index.SearchField("symbol"),
        index.SearchField("place"),
        index.SearchField("period"),
        index.SearchField("body"),
        index.RelatedFields("legal_bases", [index.RelatedFields("document", [index.SearchField("citation")])]),
        index.FilterField("document_date"),
    ]
    parent_page_types = ["officialdocs.DocumentIndexPage"]
    subpage_types = []
    base_form_class = OfficialDocumentPageForm

    class Meta:
        abstract = True

    @path("pdf/")
    def as_pdf(self, request):
        return download(self, "pdf")

    @path("docx/")
    def as_docx(self, request):
        return download(self, "docx")

    @property
    def recipient_lines(self) -> list[str]:
        return [line.strip(" -;") for line in self.recipients.splitlines() if line.strip(" -;")]

    @property
    def heading(self) -> str:
        """The title line under the document kind: "Triển khai thực hiện nhiệm vụ năm 2024"."""
        kind = str(self.kind_label)
        if not self.title.lower().startswith(kind.lower()):
            return self.title
        rest = self.title[len(kind) :].strip()
        return rest[:1].upper() + rest[1:]

    @property
    def tasks(self):
        return [block.value for block in self.body if block.block_type == "task"]

    def task_progress(self) -> dict:
        """The latest result each task got, by its number: only a plan has tasks reported on."""
        return {}

    @cached_property
    def outline(self) -> tuple[list[BodyItem], list[BodyItem]]:
        """The body with its headings numbered for the table of contents (when there are enough to need
        one) and each task's number and latest result: (body items, contents)."""
        progress, items, contents, tasks = self.task_progress(), [], [], 0
        for position, block in enumerate(self.body, start=1):
            item = BodyItem(block, f"muc-{position}")
            if block.block_type == "heading":
                contents.append(item)
            elif block.block_type == "task":
                tasks += 1
                item = BodyItem(block, f"nhiem-vu-{tasks}", tasks, progress.get(tasks))
            items.append(item)
        return items, contents if len(contents) >= CONTENTS_FROM_HEADINGS else []

    @cached_property
    def legal_bases_shown(self) -> list:
        return list(self.legal_bases.select_related("document__file"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # read by the template only when the document's fragment is not cached
        context["body_items"] = SimpleLazyObject(lambda: self.outline[0])
        context["contents"] = SimpleLazyObject(lambda: self.outline[1])
        return context


class LegalBasisBase(Orderable):
    document = models.ForeignKey(LegalDocument, verbose_name=_("Văn bản"), on_delete=models.PROTECT, related_name="+")
    note = models.CharField(_("Ghi chú"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        abstract = True


class PlanPage(OfficialDocumentPage):
    kind_label = _("Kế hoạch")

    class Meta:
        verbose_name = _("Kế hoạch")
        verbose_name_plural = _("Kế hoạch")

    @cached_property
    def reports_shown(self) -> list:
        return list(self.reports_on_it())

    def reports_on_it(self):
        return ReportPage.objects.filter(plan=self).live().public().order_by("document_date", "pk")

    def task_progress(self) -> dict:
        """Each task's latest result (a later report's outweighs an earlier one's), by the task's number."""
        progress = {}
        for report in self.reports_shown:
            for block in report.body:
                if block.block_type == "task_result":
                    value = block.value
                    progress[value["task_number"]] = TaskProgress(value["status"], value["result"], report)
        return progress


class ReportPage(OfficialDocumentPage):
    kind_label = _("Báo cáo")
    plan = models.ForeignKey(
        PlanPage,
        verbose_name=_("Kế hoạch được báo cáo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Kết quả nhiệm vụ trong báo cáo sẽ hiện bên cạnh nhiệm vụ của kế hoạch này."),
    )

    content_panels = OfficialDocumentPage.content_panels + [FieldPanel("plan", widget=forms.Select)]

    class Meta:
        verbose_name = _("Báo cáo")
        verbose_name_plural = _("Báo cáo")


class PlanLegalBasis(LegalBasisBase):
    page = ParentalKey(PlanPage, on_delete=models.CASCADE, related_name="legal_bases")


class ReportLegalBasis(LegalBasisBase):
    page = ParentalKey(ReportPage, on_delete=models.CASCADE, related_name="legal_bases")


class StatisticsPage(BasePage):
    """A Site's statistics: the learning-model results and the amounts its published reports
    give, as charts with their tables, year by year and across the years."""

    intro = models.TextField(_("Giới thiệu"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Thống kê")
        verbose_name_plural = _("Thống kê")

    def reports(self):
        """The published reports of this page's Site (and language), newest first."""
        home = home_of(self)
        if home is None:
            return ReportPage.objects.none()
        return (
            ReportPage.objects.live()
            .public()
            .descendant_of(home)
            .order_by(models.F("document_date").desc(nulls_last=True), "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["statistics"] = site_statistics(self.reports())
        return context
