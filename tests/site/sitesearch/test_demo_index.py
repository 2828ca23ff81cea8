"""The index of the whole demo (both Sites, every content type), checked for what must hold of any
content: kinds and facet values that exist, honour records by their public name, results on
every Site."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Site

from honours.models import HonourRecord
from sitesearch.models import SearchEntry
from sitesearch.registry import registry
from tests import factories

pytestmark = [pytest.mark.demo, pytest.mark.django_db]


def test_every_entry_has_a_registered_kind_and_facet_values_that_exist():
    kinds = {kind.value for kind in registry.kinds()}
    assert set(SearchEntry.objects.values_list("kind", flat=True)) <= kinds
    assert SearchEntry.objects.values("kind").distinct().count() >= 8
    for facet in registry.facets():
        values = set(SearchEntry.objects.exclude(**{facet.name: None}).values_list(facet.name, flat=True))
        assert values and values <= set(facet.model.objects.values_list("pk", flat=True)), facet.name


def test_honour_records_are_indexed_by_their_public_name_only():
    entries = SearchEntry.objects.filter(source_type=ContentType.objects.get_for_model(HonourRecord))
    assert entries.exists()
    for entry in entries:
        record = HonourRecord.objects.get(pk=entry.source_id)
        assert entry.title.startswith(f"{record.public_name} – ")
        if record.public_name != record.recipient_name:  # a minor
            assert record.recipient_name not in f"{entry.title} {entry.text}", record.pk


def test_every_site_answers_a_search_with_its_own_results(client):
    for site in Site.objects.filter(root_page__live=True):
        if not SearchEntry.objects.filter(site=site).exists():
            continue
        response = client.get("/tim-kiem/", {"q": "khuyen hoc"}, HTTP_HOST=factories.http_host(site))
        assert response.status_code == 200
        assert response.context["results"] and all(r["entry"].site_id == site.pk for r in response.context["results"])
