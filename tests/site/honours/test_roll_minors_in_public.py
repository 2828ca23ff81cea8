"""A minor entered with nothing but a name is shown as family name and initials wherever the
public reads the roll: its page, the site search and its suggestions, the API, the feeds, the
sitemap. The class, the school and the birth year are never shown with it. Boards see it whole."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from honours.models import HonourRecord
from sitesearch.models import SearchEntry
from tests.factories import BoardMemberFactory, HonourRecordFactory, HonourRollPageFactory, http_host

pytestmark = pytest.mark.django_db

FULL_NAME = "Quàng Văn Bình"
SHOWN = "Quàng V. B."
# what, beside the initials, would name the child
SECRETS = (FULL_NAME, "Văn Bình", "Quang Van Binh", "quang van binh", "Lớp 11A", "Chiềng Sinh", "2007")


@pytest.fixture
def minor():
    return HonourRecordFactory(
        roll=HonourRollPageFactory(),
        recipient_name=FULL_NAME,
        school_class="Lớp 11A, Trường THPT Chiềng Sinh",
        birth_year=2007,
        award="Học bổng",
        programme="Tiếp sức mùa thi 2023",
        year=2023,
    )


def public_addresses(roll) -> list[str]:
    return [
        roll.url,
        f"{roll.url}?q=Quàng",
        "/tim-kiem/?q=Quàng",
        "/tim-kiem/?q=hoc+bong",
        "/tim-kiem/goi-y/?q=quang",
        "/api/v2/pages/?type=honours.HonourRollPage&fields=*",
        f"/api/v2/pages/{roll.pk}/",
        "/nguon-tin/tin-tuc/rss/",
        "/nguon-tin/tin-tuc/atom/",
        "/sitemap.xml",
    ]


def test_no_public_answer_names_the_minor(client, minor):
    host = http_host(minor.roll.get_site())
    for address in public_addresses(minor.roll):
        response = client.get(address, HTTP_HOST=host)
        assert response.status_code == 200, address
        text = response.content.decode()
        leaked = [secret for secret in SECRETS if secret in text]
        assert not leaked, f"{address} shows {leaked}"


@pytest.mark.parametrize("query", [FULL_NAME, "quang van binh", "Bình", "Chiềng Sinh", "Lớp 11A"])
def test_the_roll_finds_nothing_by_what_it_does_not_show(client, minor, query):
    """Finding the record by its full name or its school would tell which record is the child's."""
    host = http_host(minor.roll.get_site())
    assert list(client.get(minor.roll.url, {"q": query}, HTTP_HOST=host).context["page_obj"]) == []


def test_the_search_index_holds_only_what_the_roll_shows(minor):
    """The site search may match loosely ("Quàng Văn Bình" finds every Quàng): it can only match
    what its entries hold, and they hold the initials."""
    entries = SearchEntry.objects.filter(source_type=ContentType.objects.get_for_model(HonourRecord))
    entry = entries.get(source_id=str(minor.pk))
    assert entry.title.startswith(SHOWN)
    held = " ".join(str(value) for value in SearchEntry.objects.filter(pk=entry.pk).values().get().values())
    assert not [secret for secret in SECRETS if secret in held]


def test_the_roll_and_the_search_show_the_initials(client, minor):
    host = http_host(minor.roll.get_site())
    assert SHOWN in client.get(minor.roll.url, HTTP_HOST=host).text
    assert SHOWN in client.get("/tim-kiem/", {"q": "Quàng"}, HTTP_HOST=host).text


def test_the_search_result_leads_to_the_record_on_the_roll(client, minor):
    host = http_host(minor.roll.get_site())
    response = client.get("/tim-kiem/", {"q": "Quàng"}, HTTP_HOST=host)
    link = next(result["entry"].url for result in response.context["results"] if SHOWN in result["entry"].title)
    roll = client.get(link, HTTP_HOST=host)
    assert [record.pk for record in roll.context["page_obj"]] == [minor.pk]


def test_a_board_sees_the_full_record(client, minor):
    client.force_login(BoardMemberFactory(site=minor.roll.get_site()))
    viewset = HonourRecord.snippet_viewset
    listing = client.get(reverse(viewset.get_url_name("list"))).text
    assert FULL_NAME in listing
    searched = client.get(reverse(viewset.get_url_name("list_results")), {"q": "Văn Bình"})
    assert [record.pk for record in searched.context["page_obj"]] == [minor.pk]
    form = client.get(reverse(viewset.get_url_name("edit"), args=[minor.pk])).text
    assert FULL_NAME in form and "Lớp 11A, Trường THPT Chiềng Sinh" in form and 'value="2007"' in form
