"""Chapters: district, commune and agency associations, nested as pages.

Each chapter's own news lives under its page, so a chapter president's rights
can be confined to that subtree.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from blocks.streams import ArticleStreamBlock
from core.models import BasePage, SectionIndexPage, group_by_choice
from core.trees import chapter_page

from .sections import sections_of


class ChapterKind(models.TextChoices):
    DISTRICT = "district", _("Hội Khuyến học huyện, thành phố, thị xã")
    COMMUNE = "commune", _("Hội Khuyến học xã, phường, thị trấn")
    AGENCY = "agency", _("Ban Khuyến học cơ quan, đơn vị")
    BRANCH = "branch", _("Chi hội khuyến học")


class ChapterIndexPage(SectionIndexPage):
    subpage_types = ["chapters.ChapterPage"]

    class Meta:
        verbose_name = _("Danh sách các cấp hội")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chapters = ChapterPage.objects.child_of(self).live().public().order_by("title")
        context["chapter_groups"] = group_by_choice(chapters, "kind", ChapterKind.choices)
        return context


@chapter_page
class ChapterPage(BasePage):
    kind = models.CharField(_("Loại tổ chức"), max_length=20, choices=ChapterKind.choices)
    short_name = models.CharField(_("Tên ngắn"), max_length=100, blank=True, help_text=_("Ví dụ: Thuận Châu"))
    president_name = models.CharField(_("Họ tên Chủ tịch"), max_length=255, blank=True)
    president_title = models.CharField(
        _("Chức danh"),
        max_length=255,
        blank=True,
        default="Chủ tịch",
        help_text=_("Ví dụ: Chủ tịch, Phó Chủ tịch phụ trách, Trưởng ban"),
    )
    address = models.CharField(_("Địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("Điện thoại"), max_length=50, blank=True)
    email = models.EmailField(_("Thư điện tử"), blank=True)
    members_count = models.PositiveIntegerField(_("Số hội viên"), null=True, blank=True)
    body = StreamField(ArticleStreamBlock(), verbose_name=_("Giới thiệu"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("short_name"),
        MultiFieldPanel([FieldPanel("president_name"), FieldPanel("president_title")], _("Lãnh đạo")),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")], _("Liên hệ")),
        FieldPanel("members_count"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("short_name"),
        index.SearchField("president_name"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    parent_page_types = ["chapters.ChapterIndexPage", "chapters.ChapterPage"]
    subpage_types = ["chapters.ChapterPage", "news.NewsPage", "events.EventPage", "standard.StandardPage"]

    class Meta:
        verbose_name = _("Chi hội / Hội cơ sở")
        verbose_name_plural = _("Các cấp hội")

    @property
    def parent_chapter(self):
        """The chapter this one belongs to (a commune's district), or None."""
        return ChapterPage.objects.ancestor_of(self).order_by("-depth").first()

    @property
    def display_name(self) -> str:
        return self.short_name or self.title

    def get_chapter(self):
        return self

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sub_chapters"] = ChapterPage.objects.child_of(self).live().public().order_by("title")
        context.update(sections_of(self))  # latest_news, upcoming_events
        return context
