"""The home page of one association's Site."""

from django.db import models
from django.http import Http404
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale
from wagtail.search import index

from blocks.streams import KeyFiguresStreamBlock
from bulletins.models import BulletinIssuePage
from campaigns.ledger import with_totals
from campaigns.models import CampaignPage, CampaignStatus
from core.models import BasePage
from core.routing import route_down
from events.models import events_index_of, upcoming_events
from news.models import NewsPage


class HomePage(BasePage):
    intro = models.TextField(_("Lời giới thiệu"), blank=True)
    key_figures = StreamField(KeyFiguresStreamBlock(), verbose_name=_("Số liệu nổi bật"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("key_figures")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "chapters.ChapterIndexPage",
        "bulletins.BulletinIndexPage",
        "campaigns.CampaignIndexPage",
        "honours.HonourRollPage",
        "officialdocs.DocumentIndexPage",
        "standard.StandardPage",
        "events.EventIndexPage",
        "officialdocs.StatisticsPage",
    ]

    class Meta:
        verbose_name = _("Trang chủ")

    @property
    def localized(self):
        """The translation ``core.site_cache`` kept for the request's language, else Wagtail's look-up."""
        kept = self.__dict__.get("_kept_localized")
        if kept is not None and kept[0] == translation.get_language():
            return kept[1]
        return super().localized

    def route(self, request, path_components):
        """A page not yet translated is served from the Vietnamese tree (with a
        notice in the template) instead of a 404."""
        try:
            return route_down(self, request, path_components) or super().route(request, path_components)
        except Http404:
            default_home = self.get_translation_or_none(Locale.get_default())
            if default_home is None or default_home.pk == self.pk:
                raise
            return default_home.specific.route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        """What the page lists, read only when its fragment is not cached (``SimpleLazyObject``)."""
        context = super().get_context(request, *args, **kwargs)

        def news():  # public() reads the view restrictions at once: only when the fragment is not cached
            found = NewsPage.objects.live().public().descendant_of(self)
            return found.select_related("lead_image", "chapter", "category").prefetch_related("lead_image__renditions")

        featured = SimpleLazyObject(lambda: list(news().filter(featured=True).order_by("-date")[:4]))
        context["featured_news"] = featured
        context["latest_news"] = SimpleLazyObject(
            lambda: list(news().exclude(pk__in=[p.pk for p in featured]).order_by("-date", "-pk")[:8])
        )
        context["latest_issue"] = SimpleLazyObject(
            lambda: (
                BulletinIssuePage.objects.live()
                .public()
                .descendant_of(self)
                .select_related("cover_image")
                .order_by("-publication_date")
                .first()
            )
        )
        context["running_campaigns"] = SimpleLazyObject(
            lambda: with_totals(
                CampaignPage.objects.live()
                .public()
                .descendant_of(self)
                .filter(status=CampaignStatus.RUNNING)
                .order_by("-start_date")[:3]
            )
        )
        context["upcoming_events"] = SimpleLazyObject(lambda: list(upcoming_events(self)[:3]))
        context["event_index"] = SimpleLazyObject(lambda: events_index_of(self))
        context["today"] = timezone.localdate()  # upcoming events change with the day
        return context
