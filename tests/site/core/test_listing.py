"""Shared listing helpers: year choices from the database, pagination that never fails."""

import datetime

import pytest
from django.test import RequestFactory

from core.listing import paginate, year_choices
from honours.models import HonourRecord
from news.models import NewsPage
from tests.factories import HonourRecordFactory, NewsPageFactory


@pytest.mark.django_db
def test_year_choices_are_the_years_present_newest_first():
    site_news = [NewsPageFactory(date=datetime.date(year, 5, 1)) for year in (2019, 2022, 2019)]
    pages = NewsPage.objects.filter(pk__in=[page.pk for page in site_news])
    assert year_choices(pages, "date") == [(2022, "2022"), (2019, "2019")]
    records = [HonourRecordFactory(year=year).pk for year in (2021, 2024)]
    assert year_choices(HonourRecord.objects.filter(pk__in=records), "year") == [(2024, "2024"), (2021, "2021")]


def test_paginate_keeps_the_filters_and_survives_bad_pages():
    request = RequestFactory().get("/", {"kind": "tin", "page": "abc"})
    listing = paginate(request, list(range(25)), 10)
    assert listing["page_obj"].number == 1
    assert listing["query_string"] == "kind=tin"
    assert paginate(RequestFactory().get("/", {"page": "99"}), list(range(25)), 10)["page_obj"].number == 3
