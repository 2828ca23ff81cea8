"""Honour rolls: scholarships, khen thưởng and vinh danh, with minors protected.

Records are plain models (not inline panels) because rolls are imported by the
ten thousand; they are edited as snippets and listed, filtered, on the roll page.
"""

import re

from django import forms
from django.db import models
from django.db.models import Count, Sum
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from chapters.models import ChapterPage
from core.fragments import bump_pages
from core.listing import listing_key, paginate
from core.models import BasePage
from core.names import reduced_name
from core.roles import board_sites
from core.single_line import SingleLineModelForm
from core.site_scope import scope_choice
from core.text import fold_words
from core.trees import under_sites
from pagecache.purging import purge_pages

from .models_import import HonourImport  # noqa: F401  (the spreadsheet import's job, kept beside)

RECORDS_PER_PAGE = 50
FILTER_PARAMETERS = ("q", "year", "programme", "chapter", "recipient_kind", "page")
ADULT_AGE = 18
SCHOOL_GRADE = re.compile(r"\blớp\s*(\d{1,2})(?!\d)", re.IGNORECASE)  # "Lớp 9A", "lớp 12", not "lớp học"


class RecipientKind(models.TextChoices):
    PERSON = "ca-nhan", _("Cá nhân")
    GROUP = "tap-the", _("Tập thể")
    FAMILY = "gia-dinh", _("Gia đình")
    CLAN = "dong-ho", _("Dòng họ")
    UNIT = "don-vi", _("Đơn vị")


class HonourRollPage(BasePage):
    intro = models.TextField(_("Giới thiệu"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Bảng vinh danh")
        verbose_name_plural = _("Bảng vinh danh")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # the listing's fragment varies on the query string; the listing is read only when it is not cached
        listing = SimpleLazyObject(lambda: self.listing(request))
        for name in ("filter", "totals", "page_obj", "query_string"):
            context[name] = SimpleLazyObject(lambda name=name: listing[name])
        context["listing_key"] = listing_key(request, FILTER_PARAMETERS)
        return context

    def listing(self, request) -> dict:
        from .filters import HonourRecordFilter  # cycle: the filter is built on HonourRecord, defined below

        records = self.records.select_related("chapter").order_by("-year", "programme", "public_name_key", "pk")
        record_filter = HonourRecordFilter(request.GET or None, queryset=records)
        record_filter.count_options()
        found = record_filter.qs
        totals = found.aggregate(records=Count("pk"), people=Sum("quantity"), amount=Sum("amount"))
        return {
            "filter": record_filter,
            "totals": totals,
            **paginate(request, found, RECORDS_PER_PAGE, totals["records"]),
        }


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


def site_of_record(record):
    """The Site of a saved or deleted record's roll; None (every Site) when the roll is gone."""
    roll = HonourRollPage.objects.filter(pk=record.roll_id).first()
    return roll.get_site() if roll is not None else None


def renew_fragments_of(roll_ids) -> None:
    """The rolls' listings (their counts, totals and records) are built anew: bulk writes send no signals."""
    rolls = list(HonourRollPage.objects.filter(pk__in=set(roll_ids)))
    bump_pages(rolls)
    purge_pages(rolls)


class HonourRecordQuerySet(models.QuerySet):
    """Bulk writes (an import) keep each record's ``public_name_key`` up to date, as ``save()`` does, and
    renew the fragments of the rolls they change, as saving one record does."""

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for record in objs:
            record.public_name_key = record.folded_public_name
        created = super().bulk_create(objs, *args, **kwargs)
        if objs:
            renew_fragments_of(record.roll_id for record in objs)
        return created

    def bulk_update(self, objs, fields, *args, **kwargs):
        objs = list(objs)
        for record in objs:
            record.public_name_key = record.folded_public_name
        updated = super().bulk_update(objs, list({*fields, "public_name_key"}), *args, **kwargs)
        if objs:
            renew_fragments_of(record.roll_id for record in objs)
        return updated

    def update(self, **kwargs):
        roll_ids = set(self.values_list("roll_id", flat=True))
        updated = super().update(**kwargs)
        if updated:
            moved_to = kwargs.get("roll_id", getattr(kwargs.get("roll"), "pk", None))
            renew_fragments_of(roll_ids | ({moved_to} - {None}))
        return updated


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
    birth_year = models.PositiveSmallIntegerField(_("Năm sinh"), null=True, blank=True)
    is_adult = models.BooleanField(
        _("Đã thành niên"),
        default=False,
        help_text=_(
            "Chỉ đánh dấu khi chắc chắn người này đã đủ 18 tuổi. Khi chưa đánh dấu (hoặc năm sinh, lớp học cho thấy "
            "chưa đủ 18 tuổi), trang công khai chỉ hiện họ và chữ cái đầu của tên đệm, tên."
        ),
    )
    note = models.CharField(_("Ghi chú"), max_length=255, blank=True)
    # the folded words of public_name, kept by save() and bulk writes: the roll's name filter
    # compares it, so the public finds a minor by what it is shown, never by the full name
    public_name_key = models.CharField(max_length=255, editable=False, default="")

    objects = HonourRecordQuerySet.as_manager()

    # plain selects, not page choosers: a page chooser browses every Site's tree
    panels = [
        FieldPanel("roll", widget=forms.Select),
        FieldPanel("recipient_name"),
        FieldPanel("recipient_kind"),
        FieldPanel("is_adult"),
        FieldPanel("birth_year"),
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
        index.SearchField("public_name"),  # a minor's full name reaches no index
        index.SearchField("award"),
        index.SearchField("programme"),
        index.SearchField("public_school_class"),  # nor a minor's class and school
        index.SearchField("note"),
        index.SearchField("get_recipient_kind_display"),
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

    def save(self, *args, **kwargs):
        self.public_name_key = self.folded_public_name
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "public_name_key"}
        super().save(*args, **kwargs)

    @property
    def is_minor(self) -> bool:
        """A person is a minor unless shown otherwise: a birth year decides; a class from lớp 1 to 12 means a
        pupil; only then does the board's "đã thành niên" mark count. Groups, families and units are not persons."""
        if self.recipient_kind != RecipientKind.PERSON:
            return False
        if self.birth_year:
            return self.year - self.birth_year < ADULT_AGE
        grade = SCHOOL_GRADE.search(self.school_class)
        if grade and 1 <= int(grade.group(1)) <= 12:
            return True
        return not self.is_adult

    @property
    def public_name(self) -> str:
        """What the public site shows: a minor's name is reduced to family name and initials."""
        return reduced_name(self.recipient_name) if self.is_minor else self.recipient_name

    @property
    def folded_public_name(self) -> str:
        return fold_words(self.public_name)

    @property
    def public_school_class(self) -> str:
        """A minor's class and school are never shown: beside the award, the year and the chapter
        they would name the child even without the full name."""
        return "" if self.is_minor else self.school_class
