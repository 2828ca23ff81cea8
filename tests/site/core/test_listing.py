"""Shared listing helpers: year choices from the database, pagination that never fails."""

import pytest
from django.test import RequestFactory

from core.listing import paginate, year_choices
from honours.models import HonourRecord
from news.models import NewsPage


@pytest.mark.django_db
@pytest.mark.parametrize("model, field", [(NewsPage, "date"), (HonourRecord, "year")])
def test_year_choices_are_the_years_present_newest_first(model, field):
    values = model.objects.values_list(field, flat=True)
    expected = sorted({getattr(v, "year", v) for v in values if v is not None}, reverse=True)
    assert year_choices(model.objects.all(), field) == [(y, str(y)) for y in expected]


def test_paginate_keeps_the_filters_and_survives_bad_pages():
    request = RequestFactory().get("/", {"kind": "tin", "page": "abc"})
    listing = paginate(request, list(range(25)), 10)
    assert listing["page_obj"].number == 1
    assert listing["query_string"] == "kind=tin"
    assert paginate(RequestFactory().get("/", {"page": "99"}), list(range(25)), 10)["page_obj"].number == 3
