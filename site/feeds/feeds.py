"""RSS and Atom feeds of a Site: all news, one chapter's, one category's, the bulletin.

Each feed lists the requesting Site's live public pages in the reader's language
(Vietnamese under unprefixed URLs, English under /en/).
"""

import copy
from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Site

from bulletins.models import BulletinIssuePage
from chapters.models import ChapterPage
from core.models import SiteIdentity
from news.models import NewsCategory, NewsPage

FEED_LENGTH = 30


def _as_datetime(day) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(7, 0)))


class SiteFeed(Feed):
    """What every feed of a Site shares: the Site, its home page, the language."""

    def __call__(self, request, *args, **kwargs):
        """One Feed object serves every request to its URL (and runserver, or gunicorn with
        threads, serves requests at once): each request works on its own copy, so the Site and
        request that get_object keeps on it cannot leak into another request's feed."""
        return Feed.__call__(copy.copy(self), request, *args, **kwargs)

    def get_object(self, request, **kwargs):
        site = Site.find_for_request(request)
        if site is None:
            raise Http404
        self.request, self.site = request, site
        self.home = site.root_page.localized.specific
        self.identity = SiteIdentity.for_request(request)
        return self.find_subject(**kwargs)

    def find_subject(self, **kwargs):
        return None

    def link(self, subject):
        return self.home.get_url(self.request)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.listing_summary


class NewsFeed(SiteFeed):
    def title(self, subject):
        return _("Tin bài – %(name)s") % {"name": self.identity.association_name}

    def description(self, subject):
        return _("Tin và bài mới của %(name)s.") % {"name": self.identity.association_name}

    def news(self):
        return (
            NewsPage.objects.live()
            .public()
            .descendant_of(self.home)
            .select_related("category", "chapter")
            .order_by("-date", "-pk")
        )

    def items(self, subject):
        return self.news()[:FEED_LENGTH]

    def item_pubdate(self, item):
        return _as_datetime(item.date)

    def item_updateddate(self, item):
        return item.last_published_at or _as_datetime(item.date)

    def item_author_name(self, item):
        return item.author_name or (item.chapter.title if item.chapter else self.identity.association_name)

    def item_categories(self, item):
        return [str(item.get_kind_display())] + ([item.category.name] if item.category else [])


class ChapterNewsFeed(NewsFeed):
    def find_subject(self, chapter_id):
        return get_object_or_404(ChapterPage.objects.live().public().descendant_of(self.site.root_page), pk=chapter_id)

    def title(self, subject):
        return _("Tin bài – %(chapter)s") % {"chapter": subject.title}

    def link(self, subject):
        return subject.get_url(self.request)

    def items(self, subject):
        return self.news().descendant_of(subject.localized)[:FEED_LENGTH]


class CategoryNewsFeed(NewsFeed):
    def find_subject(self, slug):
        return get_object_or_404(NewsCategory, slug=slug)

    def title(self, subject):
        return _("%(category)s – %(name)s") % {"category": subject.name, "name": self.identity.association_name}

    def items(self, subject):
        return self.news().filter(category=subject)[:FEED_LENGTH]


class BulletinFeed(SiteFeed):
    def title(self, subject):
        return _("Bản tin Khuyến học – %(name)s") % {"name": self.identity.association_name}

    def description(self, subject):
        return _("Các số Bản tin Khuyến học mới phát hành.")

    def items(self, subject):
        return (
            BulletinIssuePage.objects.live()
            .public()
            .descendant_of(self.home)
            .order_by("-publication_date", "-number")[:FEED_LENGTH]
        )

    def item_description(self, item):
        return item.listing_summary or item.quarter_label

    def item_pubdate(self, item):
        return _as_datetime(item.publication_date)


def atom(feed_class):
    """The Atom variant of an RSS feed class."""
    return type(
        f"{feed_class.__name__}Atom",
        (feed_class,),
        {
            "feed_type": Atom1Feed,
            "subtitle": feed_class.description,
        },
    )
