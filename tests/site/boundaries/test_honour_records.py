"""Honour records belong to the Site of their roll: a board lists, opens, edits, copies,
deletes and reads the history of its own Sites' records only, and its forms offer (and
accept) only its own Sites' rolls and chapters."""

import pytest
from django.urls import reverse

from chapters.models import ChapterPage
from honours.models import HonourRecord, HonourRollPage

pytestmark = pytest.mark.demo

VIEWSET = HonourRecord.snippet_viewset


def rolls_of(site):
    return HonourRollPage.objects.descendant_of(site.root_page)


def url(name, *args):
    return reverse(VIEWSET.get_url_name(name), args=args)


def form_data(record, **changes):
    data = {
        "roll": record.roll_id,
        "recipient_name": record.recipient_name,
        "recipient_kind": record.recipient_kind,
        "school_class": record.school_class,
        "birth_year": record.birth_year or "",
        "award": record.award,
        "programme": record.programme,
        "year": record.year,
        "quantity": record.quantity,
        "amount": record.amount or "",
        "chapter": record.chapter_id or "",
        "note": record.note,
    }
    if record.is_adult:
        data["is_adult"] = "on"
    return {**data, **changes}


def listed(response) -> set[int]:
    """Every record the listing holds, on all its pages."""
    assert response.status_code == 200
    return {record.pk for record in response.context["page_obj"].paginator.object_list}


@pytest.fixture
def records(sonla_record, soctrang_record):
    return {"sonla": sonla_record, "soctrang": soctrang_record}


@pytest.mark.parametrize("side", ["sonla", "soctrang"])
def test_a_board_lists_only_its_own_sites_records(client, sides, records, side):
    other_side = "soctrang" if side == "sonla" else "sonla"
    client.force_login(sides[side]["board"])
    everything = listed(client.get(url("list")))
    assert records[side].pk in everything and records[other_side].pk not in everything
    own_records = HonourRecord.objects.filter(roll__in=rolls_of(sides[side]["own"]))
    assert everything == set(own_records.values_list("pk", flat=True))
    searched = client.get(url("list_results"), {"q": records[other_side].recipient_name})
    assert records[other_side].pk not in listed(searched)
    assert url("edit", records[other_side].pk) not in searched.text


def test_searching_the_listing_stays_within_the_boards_site(client, sonla_board, soctrang_board, records):
    client.force_login(sonla_board)
    assert records["sonla"].pk in listed(client.get(url("list_results"), {"q": records["sonla"].recipient_name}))
    assert listed(client.get(url("list_results"), {"q": "Lê Hồng Phong"})) == set()
    client.force_login(soctrang_board)
    assert listed(client.get(url("list_results"), {"q": "Lê Hồng Phong"})) == {records["soctrang"].pk}


def test_the_roll_filter_names_only_the_boards_own_rolls(client, sonla_board, sonla_roll, soctrang_roll, records):
    client.force_login(sonla_board)
    html = client.get(url("list")).text
    assert sonla_roll.title in html
    assert soctrang_roll.title not in html
    filtered = client.get(url("list_results"), {"roll": soctrang_roll.pk})
    assert records["soctrang"].pk not in listed(filtered)


@pytest.mark.parametrize("side", ["sonla", "soctrang"])
@pytest.mark.parametrize("view", ["edit", "delete", "copy", "history", "usage"])
def test_another_sites_record_is_not_found(client, sides, records, side, view):
    other_side = "soctrang" if side == "sonla" else "sonla"
    client.force_login(sides[side]["board"])
    assert client.get(url(view, records[other_side].pk)).status_code == 404
    assert client.get(url(view, records[side].pk)).status_code == 200


def test_posting_to_another_sites_record_changes_nothing(client, sonla_board, records):
    target = records["soctrang"]
    client.force_login(sonla_board)
    assert client.post(url("edit", target.pk), form_data(target, recipient_name="Đã bị sửa")).status_code == 404
    assert client.post(url("delete", target.pk)).status_code == 404
    bulk_delete = reverse("wagtail_bulk_action", args=["honours", "honourrecord", "delete"])
    client.post(f"{bulk_delete}?id={target.pk}", {})
    assert HonourRecord.objects.get(pk=target.pk).recipient_name == "Trường THCS Lê Hồng Phong"


def test_a_record_cannot_be_moved_into_another_sites_roll(client, sonla_board, records, soctrang_roll):
    record = records["sonla"]
    client.force_login(sonla_board)
    response = client.post(url("edit", record.pk), form_data(record, roll=soctrang_roll.pk))
    assert response.status_code == 200
    assert "thuộc trang của hội khác" in " ".join(response.context["form"].errors["roll"])
    assert HonourRecord.objects.get(pk=record.pk).roll_id == record.roll_id
    # the same form with its own roll is saved: the refusal above is the other Site's roll
    assert client.post(url("edit", record.pk), form_data(record, note="Đã rà soát")).status_code == 302
    assert HonourRecord.objects.get(pk=record.pk).note == "Đã rà soát"


def test_the_forms_offer_only_the_boards_own_rolls_and_chapters(client, sonla_board, sonla_roll, soctrang_roll, sonla):
    client.force_login(sonla_board)
    form = client.get(url("add")).context["form"]
    rolls, chapters = set(form.fields["roll"].queryset), set(form.fields["chapter"].queryset)
    assert sonla_roll in rolls and soctrang_roll not in rolls
    assert chapters and all(chapter.get_site() == sonla for chapter in chapters)
    html = client.get(url("add")).text
    assert f'value="{soctrang_roll.pk}"' not in html and f'value="{sonla_roll.pk}"' in html


def test_creating_with_another_sites_roll_or_chapter_is_a_form_error(
    client, sonla_board, sonla_roll, soctrang_roll, soctrang
):
    soctrang_chapter = ChapterPage.objects.descendant_of(soctrang.root_page).first()
    client.force_login(sonla_board)
    new = HonourRecord(
        roll=sonla_roll, recipient_name="Bản Nà Lốc", recipient_kind="don-vi", award="Giấy khen", year=2024
    )
    before = HonourRecord.objects.count()
    for wrong in ({"roll": soctrang_roll.pk}, {"chapter": soctrang_chapter.pk}):
        response = client.post(url("add"), form_data(new, **wrong))
        assert response.status_code == 200
        field = next(iter(wrong))
        assert "thuộc trang của hội khác" in " ".join(response.context["form"].errors[field])
    assert HonourRecord.objects.count() == before
    assert client.post(url("add"), form_data(new)).status_code == 302
    assert HonourRecord.objects.count() == before + 1


def test_a_superuser_still_sees_and_opens_every_sites_records(client, admin, records, sonla_roll, soctrang_roll):
    client.force_login(admin)
    assert listed(client.get(url("list"))) == set(HonourRecord.objects.values_list("pk", flat=True))
    for record in records.values():
        assert client.get(url("edit", record.pk)).status_code == 200
    rolls = set(client.get(url("add")).context["form"].fields["roll"].queryset)
    assert {sonla_roll, soctrang_roll} <= rolls
