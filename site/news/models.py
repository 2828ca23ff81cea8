"""News: tin (short items) and bài (articles), from the province office and its chapters."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from blocks.streams import ArticleStreamBlock
from chapters.sections import chapter_section
from core.listing import listing_key, paginate
from core.models import BasePage, SectionIndexPage

from .forms import NewsPageForm

NEWS_PER_PAGE = 12
FILTER_PARAMETERS = ("kind", "category", "chapter", "year", "page")  # what the index's fragment varies on


class NewsKind(models.TextChoices):
    TIN = "tin", _("Tin")
    BAI = "bai", _("Bài")


@register_snippet
class NewsCategory(models.Model):
    name = models.CharField(_("Tên chuyên mục"), max_length=100, unique=True)
    slug = models.SlugField(_("Đường dẫn"), max_length=100, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Chuyên mục")
        verbose_name_plural = _("Chuyên mục")

    def __str__(self):
        return self.name


class LearningModel(models.Model):
    """The five learning models of Quyết định 387 and 677 (fixed list, seeded by migration)."""

    code = models.SlugField(_("Mã"), max_length=20, unique=True)
    name = models.CharField(_("Tên"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("Mô hình học tập")
        verbose_name_plural = _("Mô hình học tập")

    def __str__(self):
        return self.name


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsIndexPage(SectionIndexPage):
    """Lists every news page of the Site, including those under chapters."""

    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("Trang danh sách tin bài")

    def news_pages(self):
        site_root = self.get_site().root_page if self.get_site() else self.get_parent()
        return (
            NewsPage.objects.live()
            .public()
            .descendant_of(site_root)
            .select_related("category", "chapter", "lead_image")
            .prefetch_related("lead_image__renditions")
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        from .filters import NewsFilter  # cycle: the filter is built on this module's models

        context = super().get_context(request, *args, **kwargs)
        # built only when the listing's fragment is not cached
        news_filter = SimpleLazyObject(
            lambda: NewsFilter(request.GET or None, queryset=self.news_pages(), index_page=self)
        )
        listing = SimpleLazyObject(lambda: paginate(request, news_filter.qs, NEWS_PER_PAGE))
        context["filter"] = news_filter
        context["page_obj"] = SimpleLazyObject(lambda: listing["page_obj"])
        context["query_string"] = SimpleLazyObject(lambda: listing["query_string"])
        context["listing_key"] = listing_key(request, FILTER_PARAMETERS)  # None: not cached
        return context


class NewsPage(BasePage):
    og_type = "article"  # OpenGraph type when shared

    kind = models.CharField(_("Loại"), max_length=3, choices=NewsKind.choices, default=NewsKind.TIN)
    date = models.DateField(_("Ngày đăng"), default=timezone.localdate)
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("Chuyên mục"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    chapter = models.ForeignKey(
        "chapters.ChapterPage",
        verbose_name=_("Chi hội / hội cơ sở"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
        help_text=_("Tự điền khi tin bài nằm trong trang của một chi hội."),
    )
    learning_models = ParentalManyToManyField(
        LearningModel, verbose_name=_("Mô hình học tập"), blank=True, related_name="news_pages"
    )
    tags = ClusterTaggableManager(through=NewsPageTag, verbose_name=_("Từ khóa"), blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ArticleStreamBlock(), verbose_name=_("Nội dung"), blank=True)
    author_name = models.CharField(_("Tác giả"), max_length=255, blank=True)
    source = models.CharField(_("Nguồn"), max_length=255, blank=True)
    featured = models.BooleanField(_("Tin nổi bật"), default=False, help_text=_("Hiện ở trang chủ."))

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("date"),
                FieldPanel("category"),
                FieldPanel("chapter"),
                FieldPanel("learning_models", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("featured"),
            ],
            _("Phân loại"),
        ),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("author_name"), FieldPanel("source")], _("Tác giả và nguồn")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("author_name"),
        index.SearchField("source"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("date"),
        index.FilterField("category"),
        index.FilterField("chapter"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("learning_models", [index.SearchField("name")]),
    ]
    parent_page_types = ["news.NewsIndexPage", "chapters.ChapterPage"]
    subpage_types = []
    base_form_class = NewsPageForm

    class Meta:
        verbose_name = _("Tin bài")
        verbose_name_plural = _("Tin bài")

    def save(self, *args, **kwargs):
        # A page under a chapter belongs to that chapter, whatever was typed.
        if self.path:
            chapter = self.get_chapter()
            if chapter is not None:
                self.chapter_id = chapter.pk
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_news"] = self.related_news  # called by the template, when its fragment is not cached
        return context

    def related_news(self, limit: int = 3) -> list["NewsPage"]:
        """Same chapter first, then same category, then shared tags, then the latest:
        always in the page's language and on its own Site."""
        pool = (
            NewsPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .select_related("chapter")
        )
        site = self.get_site()
        if site:
            pool = pool.descendant_of(site.root_page.get_translation_or_none(self.locale) or site.root_page)
        tag_ids = [tag.pk for tag in self.tags.all()]  # also in previews, where tags live in memory
        conditions = [
            models.Q(chapter_id=self.chapter_id) if self.chapter_id else None,
            models.Q(category_id=self.category_id) if self.category_id else None,
            models.Q(tags__in=tag_ids) if tag_ids else None,
            models.Q(),
        ]
        picks: list[NewsPage] = []
        for condition in [c for c in conditions if c is not None]:
            chosen = [page.pk for page in picks]
            picks += (
                pool.filter(condition).exclude(pk__in=chosen).distinct().order_by("-date", "-pk")[: limit - len(picks)]
            )
            if len(picks) >= limit:
                break
        return picks


@chapter_section("latest_news")
def latest_news_of(chapter):
    """A chapter's latest news, its communes' and branches' included."""
    return (
        NewsPage.objects.live().public().descendant_of(chapter).select_related("chapter").order_by("-date", "-pk")[:6]
    )
