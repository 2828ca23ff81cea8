"""The API's images and documents: only the files that live, public pages of the requesting Site
use, listed and in detail alike; not other Sites' files, nor those of drafts or private pages."""

from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from news.models import NewsIndexPage, NewsPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

SONLA = "127.0.0.1:8000"
SOCTRANG = "soctrang.localhost:8000"


def new_image(title):
    buffer = BytesIO()
    PILImage.new("RGB", (32, 24), (40, 120, 70)).save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=title, description=title, file=ContentFile(buffer.getvalue(), name="anh-thu.png")
    )


def new_document(title):
    return get_document_model().objects.create(title=title, file=ContentFile(b"%PDF-1.4\n", name="tai-lieu.pdf"))


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def live_news(site):
    return NewsPage.objects.live().public().descendant_of(site.root_page).order_by("-date", "-pk")


def body(document):
    """A StreamField body that only links to ``document``."""
    return [("document", {"document": document, "title": ""})]


def listed(client, endpoint, host=SONLA, **params) -> set[int]:
    ids, offset = set(), 0
    while True:
        response = client.get(f"/api/v2/{endpoint}/", {"limit": 20, "offset": offset, **params}, HTTP_HOST=host)
        assert response.status_code == 200, response.content
        data = response.json()
        ids |= {item["id"] for item in data["items"]}
        offset += 20
        if offset >= data["meta"]["total_count"]:
            return ids


def detail_status(client, endpoint, pk, host=SONLA) -> int:
    return client.get(f"/api/v2/{endpoint}/{pk}/", HTTP_HOST=host).status_code


@pytest.fixture
def images(sonla, soctrang):
    """One image for each case: a live public Sơn La page, a Sóc Trăng page, a draft, a private page,
    and an unpublished change to a live page."""
    made = {case: new_image(f"Ảnh thử {case}") for case in ("public", "soctrang", "draft", "private", "pending")}
    sonla_news = list(live_news(sonla)[:3])
    publish(sonla_news[0], lead_image=made["public"])
    publish(live_news(soctrang).first(), lead_image=made["soctrang"])

    index = NewsIndexPage.objects.descendant_of(sonla.root_page).get()
    draft = NewsPage(
        title="Bản nháp có ảnh", kind="tin", date=timezone.localdate(), live=False, lead_image=made["draft"]
    )
    index.add_child(instance=draft)
    draft.save_revision()

    publish(sonla_news[1], lead_image=made["private"])
    PageViewRestriction.objects.create(page=sonla_news[1], restriction_type=PageViewRestriction.PASSWORD, password="x")

    sonla_news[2].lead_image = made["pending"]
    sonla_news[2].save_revision()  # a draft revision of a live page: not what readers see
    return made


def test_images_used_by_live_public_pages_of_the_site_only(client, images):
    ids = listed(client, "images")
    assert images["public"].pk in ids
    for case in ("soctrang", "draft", "private", "pending"):
        assert images[case].pk not in ids, case
    assert images["soctrang"].pk in listed(client, "images", host=SOCTRANG)
    assert images["public"].pk not in listed(client, "images", host=SOCTRANG)


def test_an_image_not_listed_is_a_404_in_detail(client, images):
    assert detail_status(client, "images", images["public"].pk) == 200
    for case in ("soctrang", "draft", "private", "pending"):
        assert detail_status(client, "images", images[case].pk) == 404, case
    assert detail_status(client, "images", images["soctrang"].pk, host=SOCTRANG) == 200


def test_image_search_stays_within_the_listed_images(client, images):
    found = listed(client, "images", search="Ảnh thử")
    assert found == {images["public"].pk}


def test_documents_used_by_live_public_pages_of_the_site_only(client, sonla, soctrang):
    public, soctrang_doc, draft_doc = (new_document(f"Tài liệu thử {n}") for n in ("public", "soctrang", "draft"))
    page = publish(live_news(sonla).first(), body=body(public))
    publish(live_news(soctrang).first(), body=body(soctrang_doc))
    index = NewsIndexPage.objects.descendant_of(sonla.root_page).get()
    index.add_child(instance=NewsPage(title="Bản nháp có tài liệu", kind="tin", live=False, body=body(draft_doc)))

    ids = listed(client, "documents")
    assert public.pk in ids and soctrang_doc.pk not in ids and draft_doc.pk not in ids
    assert detail_status(client, "documents", public.pk) == 200
    assert detail_status(client, "documents", draft_doc.pk) == 404
    assert listed(client, "documents", search="Tài liệu thử") == {public.pk}

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert public.pk not in listed(client, "documents")


def queries(client, **params) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/api/v2/images/", params, HTTP_HOST=SONLA).status_code == 200
    return len(captured)


def test_the_listing_costs_the_same_queries_however_many_files(client, images):
    """The pages and references are subqueries of one query: nothing per file. (Tags are left
    out: Wagtail's serializer reads them one file at a time.)"""
    assert len(listed(client, "images")) > 3
    one = queries(client, limit=1, fields="-tags")
    assert queries(client, limit=20, fields="-tags") == one
    assert one <= 8
