"""The search registry: content declares itself to search, sitesearch names none of it.

A type registered here, in a test, is indexed, filtered and found without a line of sitesearch
changing; a page type nobody registered gets the default; an entry's text follows the model's
``search_fields``, the one list of what is searchable."""

import datetime
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from taggit.models import Tag
from wagtail.search import index

from sitesearch import sync
from sitesearch.documents import Document
from sitesearch.filters import SearchEntryFilter
from sitesearch.registry import DEFAULT_KIND, DEFAULT_PAGE, registry
from standard.models import StandardPage
from tests import factories

from .conftest import entries_of, entry_of, result_titles, search

SITE = Path(__file__).resolve().parents[3] / "site"


def test_the_kinds_labels_and_order_of_the_search_page():
    assert [(value, str(label)) for value, label in registry.kind_choices()] == [
        ("tin", "Tin"),
        ("bai", "Bài"),
        ("ban-tin", "Bản tin"),
        ("ke-hoach", "Kế hoạch"),
        ("bao-cao", "Báo cáo"),
        ("chien-dich", "Chiến dịch"),
        ("vinh-danh", "Vinh danh"),
        ("van-ban", "Văn bản"),
        ("chi-hoi", "Chi hội"),
        ("su-kien", "Sự kiện"),
        ("trang", "Trang thông tin"),
    ]


def test_the_facets_and_the_filters_they_give():
    assert [(f.name, str(f.title), str(f.filter_label)) for f in registry.facets()] == [
        ("chapter", "Chi hội", "Chi hội"),
        ("category", "Chuyên mục", "Chuyên mục"),
        ("issue", "Bản tin", "Số bản tin"),
    ]
    assert list(SearchEntryFilter.base_filters) == ["kind", "year", "chapter", "category", "issue", "sort"]


def test_sitesearch_names_no_content_type():
    """No model of the project's other apps is named in sitesearch's code (its imports are
    checked by tests/test_layers.py): what it knows of them is what they registered."""
    ours = [app for app in apps.get_app_configs() if Path(app.path).parent == SITE and app.name != "sitesearch"]
    names = {model.__name__ for app in ours for model in app.get_models()}
    sources = [path for path in (SITE / "sitesearch").rglob("*.py") if "migrations" not in path.parts]
    found = [
        f"{path.name}: {name}"
        for path in sources
        for name in names
        if re.search(rf"\b{name}\b", path.read_text(encoding="utf-8"))
    ]
    assert names and sources and not found


@pytest.mark.django_db
def test_a_page_type_nobody_registered_gets_the_default(client):
    chapter = factories.ChapterPageFactory()
    page = factories.StandardPageFactory(
        parent=chapter,
        title="Giới thiệu quỹ khuyến học xã",
        summary="Quỹ do các dòng họ góp.",
        search_description="Quỹ khuyến học của xã",
        body=factories.paragraphs("Mỗi năm quỹ trao hai mươi suất học bổng."),
        publish=True,
    )
    page.refresh_from_db()
    assert registry.page_type(StandardPage) is DEFAULT_PAGE
    entry = entry_of(page)
    assert (entry.kind, str(entry.get_kind_display())) == (DEFAULT_KIND, "Trang thông tin")
    assert entry.text.split("\n") == [
        "Quỹ do các dòng họ góp.",
        "Quỹ khuyến học của xã",
        "Mỗi năm quỹ trao hai mươi suất học bổng.",
    ]
    assert entry.date == page.first_published_at.date()
    assert (entry.chapter, entry.category, entry.issue, entry.page_id) == (chapter.pk, None, None, page.pk)
    html = search(client, chapter.get_site(), q="hai muoi suat", kind=DEFAULT_KIND).text
    assert result_titles(html) == [page.title]


@pytest.fixture
def trial_kind():
    registry.register_kind("thu-nghiem", "Thử nghiệm", order=95)
    yield "thu-nghiem"
    registry.unregister_kind("thu-nghiem")


@pytest.fixture
def standard_pages_registered(trial_kind):
    registry.register_page(
        StandardPage,
        kind=trial_kind,
        date=lambda page: datetime.date(2020, 1, 2),
        symbols=lambda page: ["12/TN-HKH"],
    )
    yield
    registry.unregister(StandardPage)


@pytest.mark.django_db
def test_a_page_type_registered_in_a_test_is_indexed_and_found(client, standard_pages_registered):
    page = factories.StandardPageFactory(
        title="Nội quy thư viện", body=factories.paragraphs("Mượn sách."), publish=True
    )
    entry = entry_of(page)
    assert (entry.kind, str(entry.get_kind_display()), entry.date) == (
        "thu-nghiem",
        "Thử nghiệm",
        datetime.date(2020, 1, 2),
    )
    response = search(client, page.get_site(), q="12 TN HKH", kind="thu-nghiem")
    assert result_titles(response.text) == ["Nội quy thư viện"]
    assert "Thử nghiệm" in response.text  # the kind's badge and its filter option
    assert ("thu-nghiem", "Thử nghiệm") in response.context["filter"].filters["kind"].extra["choices"]


@pytest.fixture
def tags_registered(trial_kind):
    """A model sitesearch has never heard of (taggit's tags) as a snippet: one entry per tag on
    one Site, placed on no page."""
    site = factories.SiteFactory()

    def documents(tag):
        document = Document(kind=trial_kind, title=tag.name, url=f"/tu-khoa/{tag.slug}/", texts=[f"Từ khóa {tag.name}"])
        return [(site.pk, document)]

    registry.register_snippet(Tag, documents=documents, placed_under=lambda page: Tag.objects.none())
    yield site
    registry.unregister(Tag)


@pytest.mark.django_db
def test_a_snippet_registered_in_a_test_follows_its_saves_and_deletes(client, tags_registered):
    site = tags_registered
    tag = Tag.objects.create(name="Gia đình hiếu học", slug="gia-dinh-hieu-hoc")
    assert result_titles(search(client, site, q="gia dinh hieu hoc", kind="thu-nghiem").text) == ["Gia đình hiếu học"]
    tag.name = "Dòng họ hiếu học"
    tag.save()
    assert entry_of(tag).title == "Dòng họ hiếu học"
    sync.rebuild()
    assert entry_of(tag).url == "/tu-khoa/gia-dinh-hieu-hoc/"
    tag.delete()
    assert not entries_of(tag).exists()


@pytest.mark.django_db
def test_the_text_follows_the_models_search_fields(monkeypatch):
    """Adding a field to search_fields puts it in the entries: there is no second list to edit."""
    page = factories.StandardPageFactory(title="Liên hệ", seo_title="Địa chỉ văn phòng hội", publish=True)
    assert "Địa chỉ văn phòng hội" not in entry_of(page).text
    monkeypatch.setattr(StandardPage, "search_fields", [*StandardPage.search_fields, index.SearchField("seo_title")])
    sync.index_page(page)
    assert entry_of(page).text.endswith("Địa chỉ văn phòng hội")


@pytest.mark.django_db
def test_a_deleted_facet_value_leaves_the_entries():
    category = factories.NewsCategoryFactory()
    page = factories.NewsPageFactory(category=category, publish=True)
    assert entry_of(page).category == category.pk
    category.delete()
    assert entry_of(page).category is None


def test_registrations_are_checked():
    with pytest.raises(ImproperlyConfigured, match="kind"):
        registry.register_page(StandardPage, kind="khong-co")
    with pytest.raises(ImproperlyConfigured, match="column"):
        registry.register_facet("tinh", title="Tỉnh", model=StandardPage, choices=lambda site: None, order=1)
    assert registry.page_type(StandardPage).kind == DEFAULT_KIND
