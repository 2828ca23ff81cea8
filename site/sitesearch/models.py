"""One row per searchable thing (page, page of a bulletin PDF, honour record, legal document),
carrying its text both as written and folded, so every backend matches "khuyen hoc" to
"khuyến học" in the same way."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class EntryKind(models.TextChoices):
    TIN = "tin", _("Tin")
    BAI = "bai", _("Bài")
    BULLETIN = "ban-tin", _("Bản tin")
    PLAN = "ke-hoach", _("Kế hoạch")
    REPORT = "bao-cao", _("Báo cáo")
    CAMPAIGN = "chien-dich", _("Chiến dịch")
    HONOUR = "vinh-danh", _("Vinh danh")
    LEGAL = "van-ban", _("Văn bản")
    CHAPTER = "chi-hoi", _("Chi hội")
    EVENT = "su-kien", _("Sự kiện")
    PAGE = "trang", _("Trang thông tin")


class SearchEntry(index.Indexed, models.Model):
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=12, choices=EntryKind.choices)
    source_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    source_id = models.CharField(max_length=64)
    part = models.PositiveIntegerField(default=0, help_text="Page number within a PDF, 0 otherwise")
    title = models.CharField(max_length=500)
    url = models.CharField(max_length=1000)
    text = models.TextField(blank=True)
    folded = models.TextField(blank=True)
    title_folded = models.CharField(max_length=500, blank=True)
    date = models.DateField(null=True, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    chapter = models.ForeignKey(
        "chapters.ChapterPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    category = models.ForeignKey(
        "news.NewsCategory", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    issue = models.ForeignKey(
        "bulletins.BulletinIssuePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+")

    search_fields = [
        index.SearchField("title"),
        index.SearchField("folded"),
        index.AutocompleteField("title_folded"),
        index.FilterField("site_id"),
        index.FilterField("kind"),
        index.FilterField("year"),
        index.FilterField("chapter_id"),
        index.FilterField("category_id"),
        index.FilterField("issue_id"),
        index.FilterField("date"),
        index.FilterField("part"),
        index.FilterField("page_id"),
    ]

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["site", "source_type", "source_id", "part"], name="one_entry_per_source_part"
            ),
        ]
        indexes = [models.Index(fields=["source_type", "source_id"])]

    def __str__(self):
        return self.title
