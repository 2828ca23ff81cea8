from django.urls import path, register_converter

from core.ids import IdConverter

from .feeds import BulletinFeed, CategoryNewsFeed, ChapterNewsFeed, NewsFeed, atom

register_converter(IdConverter, "id")  # an id beyond the database's integers is a 404, not a 500

urlpatterns = [
    path("tin-tuc/rss/", NewsFeed(), name="feed_news_rss"),
    path("tin-tuc/atom/", atom(NewsFeed)(), name="feed_news_atom"),
    path("chi-hoi/<id:chapter_id>/rss/", ChapterNewsFeed(), name="feed_chapter_rss"),
    path("chi-hoi/<id:chapter_id>/atom/", atom(ChapterNewsFeed)(), name="feed_chapter_atom"),
    path("chuyen-muc/<slug:slug>/rss/", CategoryNewsFeed(), name="feed_category_rss"),
    path("chuyen-muc/<slug:slug>/atom/", atom(CategoryNewsFeed)(), name="feed_category_atom"),
    path("ban-tin/rss/", BulletinFeed(), name="feed_bulletins_rss"),
    path("ban-tin/atom/", atom(BulletinFeed)(), name="feed_bulletins_atom"),
]
