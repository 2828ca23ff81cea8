"""Legal documents belong to one Site's register: the admin lists, opens and changes a board's
own documents only and files new ones under its Site; plans and reports cite only their own
Site's documents; each register page shows its own Site's entries."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from officialdocs.models import LegalDocument, LegalRegisterPage, PlanPage

from .conftest import user

pytestmark = pytest.mark.demo

VIEWSET = LegalDocument.snippet_viewset
CHOOSER = VIEWSET.chooser_viewset


def url(name, *args):
    return reverse(VIEWSET.get_url_name(name), args=args)


def chooser_url(name, *args):
    return reverse(CHOOSER.get_url_name(name), args=args)


def listed(response) -> set[int]:
    assert response.status_code == 200
    return {doc.pk for doc in response.context["page_obj"].paginator.object_list}


def form_data(**fields):
    return {
        "doc_type": "nq",
        "issuer": "Ban Chấp hành Hội",
        "title": "Về chương trình công tác",
        "issued_date": "",
        "summary": "",
        "file": "",
        **fields,
    }


@pytest.fixture
def documents(sonla_document, soctrang_document):
    return {"sonla": sonla_document, "soctrang": soctrang_document}


def test_the_demo_files_each_document_under_the_site_that_cites_it(sonla, soctrang):
    assert LegalDocument.objects.filter(site=soctrang, symbol="14/NQ-HKH").exists()
    assert not LegalDocument.objects.filter(site=sonla, symbol="14/NQ-HKH").exists()
    assert LegalDocument.objects.filter(site=sonla, symbol="1373/QĐ-TTg").exists()
    assert not LegalDocument.objects.filter(site=soctrang, symbol="1373/QĐ-TTg").exists()
    for plan in PlanPage.objects.all():
        assert {basis.document.site_id for basis in plan.legal_bases.all()} <= {plan.get_site().pk}, plan


@pytest.mark.parametrize("side", ["sonla", "soctrang"])
def test_a_board_lists_only_its_own_sites_documents(client, sides, documents, side):
    other_side = "soctrang" if side == "sonla" else "sonla"
    client.force_login(sides[side]["board"])
    everything = listed(client.get(url("list")))
    assert everything == set(LegalDocument.objects.filter(site=sides[side]["own"]).values_list("pk", flat=True))
    assert documents[other_side].pk not in listed(client.get(url("list_results"), {"q": documents[other_side].symbol}))


@pytest.mark.parametrize("side", ["sonla", "soctrang"])
@pytest.mark.parametrize("view", ["edit", "copy", "history", "usage"])
def test_another_sites_document_is_not_found(client, sides, documents, side, view):
    other_side = "soctrang" if side == "sonla" else "sonla"
    client.force_login(sides[side]["board"])
    assert client.get(url(view, documents[other_side].pk)).status_code == 404
    assert client.get(url(view, documents[side].pk)).status_code == 200


def test_posting_to_another_sites_document_changes_nothing(client, sonla_board, documents):
    target = documents["soctrang"]
    client.force_login(sonla_board)
    data = form_data(site=target.site_id, symbol=target.symbol, title="Đã bị sửa")
    assert client.post(url("edit", target.pk), data).status_code == 404
    assert LegalDocument.objects.get(pk=target.pk).title == target.title


def test_a_board_files_new_documents_under_its_own_site_whatever_it_posts(client, sonla_board, sonla, soctrang):
    client.force_login(sonla_board)
    assert client.get(url("add")).context["form"].fields["site"].disabled
    response = client.post(url("add"), form_data(site=soctrang.pk, symbol="02/NQ-HKH"))
    assert response.status_code == 302
    assert LegalDocument.objects.get(symbol="02/NQ-HKH").site == sonla


def test_a_symbol_is_unique_within_a_site_not_across_sites(client, soctrang_board, admin, sonla, soctrang):
    client.force_login(soctrang_board)
    response = client.post(url("add"), form_data(site=soctrang.pk, symbol="14/NQ-HKH"))
    assert response.status_code == 200
    assert "đã có văn bản mang số, ký hiệu này" in str(response.context["form"].errors)
    client.force_login(admin)
    assert client.post(url("add"), form_data(site=sonla.pk, symbol="14/NQ-HKH")).status_code == 302
    sites = set(LegalDocument.objects.filter(symbol="14/NQ-HKH").values_list("site", flat=True))
    assert sites == {sonla.pk, soctrang.pk}


def test_a_superuser_chooses_the_site_and_a_bad_one_is_a_form_error(client, admin, soctrang):
    client.force_login(admin)
    for bad in ("abc", "999999"):
        response = client.post(url("add"), form_data(site=bad, symbol="03/NQ-HKH"))
        assert response.status_code == 200
        assert "thuộc trang của hội khác" in " ".join(response.context["form"].errors["site"])
    assert client.post(url("add"), form_data(site=soctrang.pk, symbol="03/NQ-HKH")).status_code == 302
    assert LegalDocument.objects.get(symbol="03/NQ-HKH").site == soctrang


def test_a_cited_document_cannot_move_to_another_site(client, admin, documents, sonla):
    cited = documents["soctrang"]
    client.force_login(admin)
    response = client.post(
        url("edit", cited.pk),
        form_data(site=sonla.pk, symbol=cited.symbol, doc_type=cited.doc_type, issuer=cited.issuer, title=cited.title),
    )
    assert response.status_code == 200 and "site" in response.context["form"].errors
    assert LegalDocument.objects.get(pk=cited.pk).site_id == cited.site_id


def test_a_superuser_still_lists_every_sites_documents(client, admin, documents):
    client.force_login(admin)
    assert listed(client.get(url("list"))) == set(LegalDocument.objects.values_list("pk", flat=True))
    for doc in documents.values():
        assert client.get(url("edit", doc.pk)).status_code == 200


# -- the chooser, and plans citing documents -----------------------------------


def test_the_chooser_offers_a_board_its_own_documents_only(client, sonla_board, documents, sonla, soctrang):
    client.force_login(sonla_board)
    html = client.get(chooser_url("choose_results"), {"q": ""}).text
    own_chosen = chooser_url("chosen", documents["sonla"].pk)
    other_chosen = chooser_url("chosen", documents["soctrang"].pk)
    assert own_chosen in client.get(chooser_url("choose_results"), {"q": "1373"}).text
    assert other_chosen not in html
    assert other_chosen not in client.get(chooser_url("choose_results"), {"q": "14/NQ"}).text
    assert own_chosen not in client.get(chooser_url("choose_results"), {"q": "1373", "site": soctrang.pk}).text
    assert client.get(chooser_url("choose_results"), {"site": "x"}).status_code == 200
    assert client.get(other_chosen).status_code == 404
    assert client.get(own_chosen).status_code == 200


@pytest.mark.parametrize(
    "president, own, other", [("chutich-thuanchau", "sonla", "soctrang"), ("chutich-kesach", "soctrang", "sonla")]
)
def test_a_president_cites_only_documents_of_the_chapters_site(client, documents, president, own, other):
    """News bodies have legal references too: a president chooses from their own Site."""
    client.force_login(user(president))
    for side, expected in ((own, True), (other, False)):
        symbol = documents[side].symbol.split("/")[0]
        html = client.get(chooser_url("choose_results"), {"q": symbol}).text
        assert (chooser_url("chosen", documents[side].pk) in html) is expected, side


def test_the_chooser_narrows_a_superuser_to_the_pages_site(client, admin, documents, soctrang):
    client.force_login(admin)
    own = client.get(chooser_url("choose_results"), {"q": "14/NQ", "site": soctrang.pk}).text
    assert chooser_url("chosen", documents["soctrang"].pk) in own
    assert (
        chooser_url("chosen", documents["sonla"].pk)
        not in client.get(chooser_url("choose_results"), {"q": "1373", "site": soctrang.pk}).text
    )


@pytest.fixture
def plan_137(db):
    return PlanPage.objects.get(symbol="137/KH-HKH")


def plan_form(plan, bases, body=()):
    return nested_form_data(
        {
            "title": plan.title,
            "slug": plan.slug,
            "summary": plan.summary,
            "parent_body": plan.parent_body,
            "issuing_body": plan.issuing_body,
            "number": plan.number,
            "symbol": plan.symbol,
            "place": plan.place,
            "document_date": plan.document_date.isoformat() if plan.document_date else "",
            "period": plan.period,
            "signer_capacity": plan.signer_capacity,
            "signer_title": plan.signer_title,
            "signer_name": plan.signer_name,
            "recipients": plan.recipients,
            "body": streamfield(list(body)),
            "legal_bases": inline_formset([{"document": doc.pk, "note": ""} for doc in bases]),
            "comments": inline_formset([]),
        }
    )


def test_a_plan_cites_only_its_own_sites_documents(client, sonla_board, plan_137, documents):
    client.force_login(sonla_board)
    edit = reverse("wagtailadmin_pages:edit", args=[plan_137.pk])
    page = client.get(edit)
    assert f"?site={plan_137.get_site().pk}" in page.text  # the legal bases' chooser opens on the page's Site
    refused = client.post(edit, plan_form(plan_137, [documents["soctrang"]]))
    assert refused.status_code == 200
    basis_errors = refused.context["form"].formsets["legal_bases"].errors
    assert "thuộc trang của hội khác" in str(basis_errors)
    reference = ("legal_reference", {"document": documents["soctrang"].pk, "note": ""})
    refused = client.post(edit, plan_form(plan_137, [documents["sonla"]], body=[reference]))
    assert refused.status_code == 200 and "body" in refused.context["form"].errors
    saved = client.post(edit, plan_form(plan_137, [documents["sonla"]]))
    assert saved.status_code == 302, saved.context and saved.context["form"].errors


# -- the public register ------------------------------------------------------


@pytest.mark.parametrize("own, other", [("sonla", "soctrang"), ("soctrang", "sonla")])
def test_each_register_page_lists_its_own_sites_documents(get_page, documents, sonla, soctrang, own, other):
    site = {"sonla": sonla, "soctrang": soctrang}[own]
    register = LegalRegisterPage.objects.descendant_of(site.root_page).get()
    response = get_page(register)
    assert response.status_code == 200
    shown = {doc.pk for doc in response.context["page_obj"].paginator.object_list}
    assert shown == set(LegalDocument.objects.filter(site=site).values_list("pk", flat=True))
    assert documents[own].symbol in response.text
    assert documents[other].symbol not in response.text
