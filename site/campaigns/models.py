"""Campaigns and programmes for funds, and their public ledger.

What a campaign has raised, paid out and holds is never typed: it is summed from the ledger,
the donations and disbursements the board enters or imports from the bank statement. The
ledger belongs to the campaign in every locale (records point at one page, the totals follow
its ``translation_key``). Deleting a campaign page deletes its ledger with it.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from blocks.streams import ArticleStreamBlock
from core.fragments import bump_pages
from core.models import BasePage, SectionIndexPage, group_by_choice
from core.names import reduced_name
from core.trees import root_paths, under_sites
from pagecache.purging import purge_pages

from . import codes, ledger, vietqr
from .forms import CampaignPageForm, LedgerRecordForm

LATEST_ON_PAGE = 10
ANONYMOUS_DONOR = _("Nhà hảo tâm ẩn danh")


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
        context["campaign_groups"] = SimpleLazyObject(self.campaign_groups)  # read when not in the cache
        return context

    def campaign_groups(self) -> list:
        campaigns = ledger.with_totals(CampaignPage.objects.child_of(self).live().public().order_by("-start_date"))
        return group_by_choice(campaigns, "status", CampaignStatus.choices)


def campaigns_in_sites(sites):
    return CampaignPage.objects.filter(under_sites(sites))


def site_holding(page) -> Site | None:
    """The Site whose tree (in any locale) holds the page."""
    for site in Site.objects.all():
        if any(page.path.startswith(root) for root in root_paths([site])):
            return site
    return None


def code_is_taken(code: str, site, translation_key) -> bool:
    """Another campaign of the Site (not a translation of this one) already uses the code."""
    others = campaigns_in_sites([site]).exclude(translation_key=translation_key)
    return others.filter(reference_code=code).exists()


class CampaignPage(RoutablePageMixin, BasePage):
    fund_name = models.CharField(_("Quỹ"), max_length=255, blank=True)
    status = models.CharField(
        _("Tình trạng"), max_length=10, choices=CampaignStatus.choices, default=CampaignStatus.RUNNING
    )
    start_date = models.DateField(_("Ngày bắt đầu"))
    end_date = models.DateField(_("Ngày kết thúc"), null=True, blank=True)
    goal_amount = models.PositiveBigIntegerField(_("Mục tiêu (đồng)"), null=True, blank=True)
    reference_code = models.CharField(
        _("Mã chiến dịch"),
        max_length=12,
        blank=True,
        help_text=_(
            "Người ủng hộ ghi mã này trong nội dung chuyển khoản; khi nhập sao kê, khoản tiền có mã được "
            "ghi vào chiến dịch. 4–12 chữ cái không dấu hoặc chữ số, ví dụ TOHIEU. Để trống thì tự đặt."
        ),
    )
    bank_bin = models.CharField(_("Ngân hàng"), max_length=6, choices=vietqr.BANK_CHOICES, blank=True)
    account_number = models.CharField(_("Số tài khoản"), max_length=19, blank=True)
    account_name = models.CharField(
        _("Tên tài khoản"),
        max_length=100,
        blank=True,
        help_text=_("Đúng như ngân hàng ghi, ví dụ HOI KHUYEN HOC TINH SON LA"),
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
        MultiFieldPanel(
            [
                FieldPanel("goal_amount"),
                FieldPanel("reference_code"),
                FieldPanel("bank_bin"),
                FieldPanel("account_number"),
                FieldPanel("account_name"),
            ],
            _("Tài chính và cách ủng hộ"),
            help_text=_("Số đã nhận, đã chi và còn lại được tính từ sổ quỹ (menu Sổ quỹ), không nhập tay."),
        ),
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
    base_form_class = CampaignPageForm
    # the same account and code in every language: a translator has nothing to change in them
    override_translatable_fields = [
        SynchronizedField("reference_code"),
        SynchronizedField("account_number"),
        SynchronizedField("account_name"),
    ]

    class Meta:
        verbose_name = _("Chiến dịch")
        verbose_name_plural = _("Chiến dịch")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Ngày kết thúc phải sau ngày bắt đầu.")})
        self.clean_bank_account()
        self.reference_code = codes.normalised(self.reference_code)
        if self.reference_code and not codes.is_well_formed(self.reference_code):
            raise ValidationError({"reference_code": _("Mã chiến dịch gồm 4–12 chữ cái không dấu hoặc chữ số.")})
        if self.path:  # in the tree: its Site is known (the page form checks a typed code earlier)
            self.take_free_code()

    def clean_bank_account(self):
        given = [self.bank_bin, self.account_number, self.account_name]
        if any(given) and not all(given):
            raise ValidationError(_("Để nhận chuyển khoản cần đủ ngân hàng, số tài khoản và tên tài khoản."))
        self.account_number = self.account_number.replace(" ", "")
        if self.account_number and not vietqr.ACCOUNT_NUMBER.fullmatch(self.account_number):
            raise ValidationError({"account_number": _("Số tài khoản gồm 6–19 chữ số (hoặc chữ cái không dấu).")})

    def take_free_code(self):
        """A blank code, or one another campaign of the Site holds (a copied page), becomes a free one."""
        site = self.get_site() or site_holding(self)  # a new page has no URL yet, only its place in the tree
        if site is None or (self.reference_code and not code_is_taken(self.reference_code, site, self.translation_key)):
            return
        base = self.reference_code or codes.suggested(self.title, self.slug)
        self.reference_code = codes.first_free(base, lambda code: code_is_taken(code, site, self.translation_key))

    # -- the ledger ---------------------------------------------------------

    @cached_property
    def totals(self) -> ledger.Totals:
        return ledger.totals_of([self])[self.translation_key]

    @property
    def progress_percent(self) -> int | None:
        return self.totals.progress_percent

    def donations(self):
        return Donation.objects.filter(campaign__translation_key=self.translation_key)

    def disbursements(self):
        return Disbursement.objects.filter(campaign__translation_key=self.translation_key)

    @property
    def accepts_transfers(self) -> bool:
        return bool(self.bank_bin and self.account_number and self.account_name)

    @property
    def transfer_memo(self) -> str:
        return vietqr.memo_text(f"{self.reference_code} ung ho") if self.reference_code else ""

    def vietqr_payload(self) -> str:
        return vietqr.payload(self.bank_bin, self.account_number, self.transfer_memo)

    # what the page shows beyond its fields, read by the template only when its fragment is not cached

    @cached_property
    def latest_donations(self) -> list:
        return list(self.donations().select_related("chapter").order_by("-date", "-pk")[:LATEST_ON_PAGE])

    @cached_property
    def latest_disbursements(self) -> list:
        return list(self.disbursements().select_related("chapter").order_by("-date", "-pk")[:LATEST_ON_PAGE])

    @cached_property
    def bank(self) -> dict | None:
        if not self.accepts_transfers:
            return None
        short_name, full_name = vietqr.BANKS.get(self.bank_bin, (self.bank_bin, ""))
        return {"short_name": short_name, "full_name": full_name}

    @cached_property
    def vietqr_svg(self) -> str:
        if not self.accepts_transfers:
            return ""
        title = _("Mã VietQR chuyển khoản ủng hộ %(title)s") % {"title": self.title}
        try:  # segno's own drawing: paths only, nothing from the reader
            return mark_safe(vietqr.svg(self.vietqr_payload(), str(title)))
        except ValueError:  # an account saved around the form's checks: the page shows it without a code
            return ""

    @path("so-quy/")
    def ledger_csv(self, request):
        """Every record of the ledger as CSV, with the page's protections (anonymous donors, minors)."""
        return ledger.csv_response(self)


class Method(models.TextChoices):
    TRANSFER = "chuyen-khoan", _("Chuyển khoản")
    CASH = "tien-mat", _("Tiền mặt")
    IN_KIND = "hien-vat", _("Hiện vật (quy ra tiền)")
    OTHER = "khac", _("Khác")


class Status(models.TextChoices):
    RECEIVED = ledger.RECEIVED, _("Đã thực hiện")
    PROMISED = ledger.PROMISED, _("Mới cam kết")


class BeneficiaryKind(models.TextChoices):
    PERSON = "ca-nhan", _("Cá nhân")
    GROUP = "tap-the", _("Tập thể, nhóm, đơn vị")


def renew_fragments_of(campaign_ids) -> None:
    """The pages showing these campaigns' ledgers (their own, the listings, the home page) are built anew."""
    campaigns = list(CampaignPage.objects.filter(pk__in=set(campaign_ids)))
    bump_pages(campaigns)
    purge_pages(campaigns)


def site_of_record(record):
    """The Site of a saved or deleted record's campaign; None (every Site) when the campaign is gone."""
    campaign = CampaignPage.objects.filter(pk=record.campaign_id).first()
    return campaign.get_site() if campaign is not None else None


class LedgerQuerySet(models.QuerySet):
    """Bulk writes (a bank statement's import) send no signals: they renew the fragments themselves."""

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        created = super().bulk_create(objs, *args, **kwargs)
        if objs:
            renew_fragments_of(obj.campaign_id for obj in objs)
        return created

    def bulk_update(self, objs, fields, *args, **kwargs):
        objs = list(objs)
        updated = super().bulk_update(objs, fields, *args, **kwargs)
        if objs:
            renew_fragments_of(obj.campaign_id for obj in objs)
        return updated

    def update(self, **kwargs):
        campaign_ids = set(self.values_list("campaign_id", flat=True))
        updated = super().update(**kwargs)
        if updated:
            moved_to = kwargs.get("campaign_id", getattr(kwargs.get("campaign"), "pk", None))
            renew_fragments_of(campaign_ids | ({moved_to} - {None}))
        return updated


class LedgerRecord(models.Model):
    """What a donation and a disbursement share."""

    campaign = models.ForeignKey(CampaignPage, verbose_name=_("Chiến dịch"), on_delete=models.CASCADE)
    date = models.DateField(_("Ngày"))
    amount = models.PositiveBigIntegerField(_("Số tiền (đồng)"), validators=[MinValueValidator(1)])
    method = models.CharField(_("Hình thức"), max_length=20, choices=Method.choices, default=Method.TRANSFER)
    reference = models.CharField(
        _("Mã giao dịch"),
        max_length=64,
        blank=True,
        help_text=_("Số tham chiếu của ngân hàng hoặc số chứng từ; không trùng trong một chiến dịch."),
    )
    note = models.CharField(_("Ghi chú"), max_length=255, blank=True, help_text=_("Hiện công khai trên trang."))
    statement_memo = models.CharField(
        _("Nội dung chuyển khoản"),
        max_length=500,
        blank=True,
        help_text=_("Như sao kê ghi; chỉ Ban Biên tập thấy."),
    )
    chapter = models.ForeignKey(
        "chapters.ChapterPage",
        verbose_name=_("Chi hội"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Chi hội vận động hoặc trao (cùng trang với chiến dịch); để trống nếu là Hội tỉnh."),
    )

    objects = LedgerQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-date", "-pk"]

    @property
    def is_received(self) -> bool:
        return self.status == Status.RECEIVED

    # the admin listing's columns
    def day(self) -> str:
        return f"{self.date:%d/%m/%Y}"

    day.short_description = _("Ngày")
    day.admin_order_field = "date"

    def amount_in_dong(self) -> str:
        return f"{self.amount:,}".replace(",", ".")

    amount_in_dong.short_description = _("Số tiền (đồng)")
    amount_in_dong.admin_order_field = "amount"


def _unique_reference(name: str) -> models.UniqueConstraint:
    return models.UniqueConstraint(
        fields=["campaign", "reference"],
        condition=~models.Q(reference=""),
        name=name,
        violation_error_message=_("Chiến dịch này đã có một khoản mang mã giao dịch này."),
    )


class Donation(LedgerRecord):
    donor = models.CharField(
        _("Người ủng hộ"), max_length=255, blank=True, help_text=_("Cá nhân, gia đình, cơ quan, doanh nghiệp…")
    )
    is_anonymous = models.BooleanField(
        _("Ẩn danh"),
        default=False,
        help_text=_("Trang công khai ghi “Nhà hảo tâm ẩn danh”; số tiền vẫn được cộng vào tổng."),
    )
    status = models.CharField(
        _("Tình trạng"),
        max_length=10,
        choices=[(Status.RECEIVED, _("Đã nhận")), (Status.PROMISED, _("Cam kết, chưa nhận"))],
        default=Status.RECEIVED,
    )

    panels = [
        FieldPanel("campaign"),
        FieldPanel("date"),
        FieldPanel("amount"),
        FieldPanel("status"),
        FieldPanel("donor"),
        FieldPanel("is_anonymous"),
        FieldPanel("method"),
        FieldPanel("reference"),
        FieldPanel("chapter"),
        FieldPanel("note"),
        FieldPanel("statement_memo"),
    ]
    base_form_class = LedgerRecordForm

    class Meta(LedgerRecord.Meta):
        verbose_name = _("Khoản ủng hộ")
        verbose_name_plural = _("Khoản ủng hộ")
        constraints = [_unique_reference("campaigns_donation_unique_reference")]

    def __str__(self):
        return f"{self.public_donor} – {self.amount:,} đ ({self.date:%d/%m/%Y})".replace(",", ".")

    @property
    def public_donor(self) -> str:
        return str(ANONYMOUS_DONOR) if self.is_anonymous or not self.donor.strip() else self.donor


class Disbursement(LedgerRecord):
    beneficiary = models.CharField(
        _("Người, đơn vị thụ hưởng"), max_length=255, help_text=_("Ví dụ: 320 học sinh lớp 12, Trường THCS Mường Giôn")
    )
    beneficiary_kind = models.CharField(
        _("Loại thụ hưởng"), max_length=10, choices=BeneficiaryKind.choices, default=BeneficiaryKind.PERSON
    )
    is_adult = models.BooleanField(
        _("Đã thành niên"),
        default=False,
        help_text=_(
            "Với một cá nhân: chỉ đánh dấu khi chắc chắn người này đã đủ 18 tuổi. Khi chưa đánh dấu, trang công "
            "khai chỉ hiện họ và chữ cái đầu của tên đệm, tên."
        ),
    )
    status = models.CharField(
        _("Tình trạng"),
        max_length=10,
        choices=[(Status.RECEIVED, _("Đã chi")), (Status.PROMISED, _("Cam kết, chưa chi"))],
        default=Status.RECEIVED,
    )

    panels = [
        FieldPanel("campaign"),
        FieldPanel("date"),
        FieldPanel("amount"),
        FieldPanel("status"),
        FieldPanel("beneficiary"),
        FieldPanel("beneficiary_kind"),
        FieldPanel("is_adult"),
        FieldPanel("method"),
        FieldPanel("reference"),
        FieldPanel("chapter"),
        FieldPanel("note"),
        FieldPanel("statement_memo"),
    ]
    base_form_class = LedgerRecordForm

    class Meta(LedgerRecord.Meta):
        verbose_name = _("Khoản chi")
        verbose_name_plural = _("Khoản chi")
        constraints = [_unique_reference("campaigns_disbursement_unique_reference")]

    def __str__(self):
        return f"{self.public_beneficiary} – {self.amount:,} đ ({self.date:%d/%m/%Y})".replace(",", ".")

    @property
    def is_minor(self) -> bool:
        """A person is treated as a minor unless the board marked them adult, as on the honour rolls."""
        return self.beneficiary_kind == BeneficiaryKind.PERSON and not self.is_adult

    @property
    def public_beneficiary(self) -> str:
        return reduced_name(self.beneficiary) if self.is_minor else self.beneficiary


def records_in_sites(records, sites):
    """A ledger record belongs to the Site of its campaign (filtered by campaign id, a plain column)."""
    return records.filter(campaign__in=list(campaigns_in_sites(sites).values_list("pk", flat=True)))
