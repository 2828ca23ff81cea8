"""load_demo builds everything the issue lists and every data file's page, and a second run changes nothing."""

from collections import Counter
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision, Site

from bulletins.models import BulletinIssuePage
from campaigns.models import CampaignPage
from chapters.models import ChapterKind, ChapterPage
from demo.load.documents import registers
from demo.loader import DEMO_PASSWORD, read_demo
from events.models import EventPage
from honours.models import HonourRecord
from news.models import NewsPage
from officialdocs.models import LegalDocument, PlanPage, ReportPage

pytestmark = pytest.mark.demo


def model_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if not model._meta.proxy
        and model._meta.managed
        and model._meta.app_label not in {"sessions", "admin", "wagtailsearch", "modelsearch"}
    }


@pytest.mark.django_db
def test_second_run_changes_no_counts(settings):
    settings.DEBUG = True
    before = model_counts()
    call_command("load_demo", stdout=StringIO())
    assert model_counts() == before


@pytest.mark.django_db
def test_refuses_to_run_without_debug(settings):
    """The demo's accounts have a published password: never on a production database."""
    settings.DEBUG = False
    before = model_counts()
    with pytest.raises(CommandError, match="setup_site"):
        call_command("load_demo", stdout=StringIO())
    assert model_counts() == before


@pytest.mark.django_db
def test_two_sites_with_their_hosts():
    data = read_demo()
    for site_data in data.sites:
        site = Site.objects.get(hostname=site_data.site["hostname"])
        assert site.root_page.title == site_data.home.data["title"]
        assert site.is_default_site == site_data.site["default"]
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


@pytest.mark.django_db
def test_content_volume_matches_the_issue():
    sonla_root = Site.objects.get(hostname="127.0.0.1").root_page
    districts = ChapterPage.objects.descendant_of(sonla_root).filter(kind=ChapterKind.DISTRICT)
    assert districts.count() == 12
    assert ChapterPage.objects.filter(kind=ChapterKind.COMMUNE).exists()
    assert ChapterPage.objects.filter(kind=ChapterKind.AGENCY).exists()
    assert NewsPage.objects.live().count() >= 40
    assert set(NewsPage.objects.values_list("kind", flat=True)) == {"tin", "bai"}
    assert len({(d.year, d.month) for d in NewsPage.objects.values_list("date", flat=True)}) >= 10
    assert sorted(BulletinIssuePage.objects.values_list("number", flat=True)) == [20, 33, 34, 35]
    assert list(BulletinIssuePage.objects.filter(is_scanned=True).values_list("number", flat=True)) == [20]
    assert CampaignPage.objects.count() >= 3
    assert HonourRecord.objects.count() >= 20
    assert set(PlanPage.objects.values_list("symbol", flat=True)) >= {"137/KH-HKH", "35/KH-HKH"}
    assert ReportPage.objects.filter(symbol="01/BC-HKH").exists()
    for symbol in ("1373/QĐ-TTg", "387/QĐ-TTg", "677/QĐ-TTg", "49-KL/TW", "14/CT-TTg"):
        assert LegalDocument.objects.filter(symbol=symbol).exists(), symbol


def values_under(home, model, field: str) -> set:
    return set(model.objects.descendant_of(home).values_list(field, flat=True))


@pytest.mark.django_db
def test_every_data_file_has_its_page_on_its_site():
    data = read_demo()
    for site_data in data.sites:
        key, home = site_data.key, Site.objects.get(hostname=site_data.site["hostname"]).root_page
        assert {item.document.data["title"] for item in data.news[key]} <= values_under(home, NewsPage, "title")
        assert {chapter["key"] for chapter in data.chapters[key]} == values_under(home, ChapterPage, "slug")
        assert {d.data["slug"] for d in data.campaigns[key]} == values_under(home, CampaignPage, "slug")
        assert len(data.events[key]) == len(values_under(home, EventPage, "pk"))
        numbers = {issue.document.data["number"] for issue in data.bulletins[key]}
        assert numbers == values_under(home, BulletinIssuePage, "number")
        official = values_under(home, PlanPage, "slug") | values_under(home, ReportPage, "slug")
        assert {item.document.data["slug"] for item in data.documents[key]} == official
        records = HonourRecord.objects.filter(roll__in=Page.objects.descendant_of(home))
        assert records.count() == sum(len(roll.data["record"]) for roll in data.honours[key])
        adults = sum(record["adult"] for roll in data.honours[key] for record in roll.data["record"])
        assert records.filter(is_adult=True).count() == adults
    assert LegalDocument.objects.count() == len(registers(data.register, data.documents, data.default_site))


@pytest.mark.django_db
def test_every_page_has_an_ascii_slug():
    assert all(slug.isascii() for slug in Page.objects.values_list("slug", flat=True))


@pytest.mark.django_db
def test_demo_accounts_log_in(client):
    User = get_user_model()
    for username in ("admin", "bientap", "chutich-thuanchau", "chutich-songma", "chutich-mocchau"):
        assert client.login(username=username, password=DEMO_PASSWORD), username
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="bientap").groups.filter(name="Ban Biên tập").exists()
    president = User.objects.get(username="chutich-thuanchau")
    assert president.groups.filter(name="Chủ tịch Hội Khuyến học huyện Thuận Châu").exists()


@pytest.mark.django_db
def test_every_page_was_published_once():
    """One revision per page; a translation made with wagtail-localize also keeps its draft."""
    revisions = Counter(Revision.page_revisions.values_list("object_id", flat=True))
    pages = Page.objects.filter(depth__gt=1)
    assert set(revisions) == {str(pk) for pk in pages.values_list("pk", flat=True)}
    translated = {str(pk) for pk in pages.exclude(locale__language_code="vi").values_list("pk", flat=True)}
    assert all(count == (2 if pk in translated else 1) for pk, count in revisions.items())
