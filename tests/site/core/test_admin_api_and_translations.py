"""Around the admin's pages: its own API lists only the media a user may choose, and no board
publishes translations (wagtail-localize checks one global permission, not the Site)."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from chapters.models import ChapterPage
from core.models import SiteRoles


def in_site(model, site):
    return model.objects.filter(collection__path__startswith=SiteRoles.objects.get(site=site).collection.path)


@pytest.mark.parametrize("model, endpoint", [(get_image_model(), "images"), (get_document_model(), "documents")])
def test_the_admin_api_lists_only_choosable_media(client, sonla, soctrang, model, endpoint):
    theirs = model(title="Tệp của Sơn La", collection=SiteRoles.objects.get(site=sonla).collection)
    if endpoint == "images":
        theirs.file = get_image_model().objects.first().file
        theirs.description = "Ảnh"
    else:
        theirs.file = get_image_model().objects.first().file  # any stored file will do for a listing
    theirs.save()
    client.force_login(get_user_model().objects.get(username="bientap-soctrang"))
    listing = client.get(f"/quan-tri/api/main/{endpoint}/?limit=50", HTTP_HOST="soctrang.localhost:8000")
    assert listing.status_code == 200
    ids = {item["id"] for item in listing.json()["items"]}
    assert theirs.pk not in ids
    assert ids <= set(in_site(model, soctrang).values_list("pk", flat=True))
    detail = client.get(f"/quan-tri/api/main/{endpoint}/{theirs.pk}/", HTTP_HOST="soctrang.localhost:8000")
    assert detail.status_code == 404


def test_a_board_cannot_translate_the_other_sites_pages(client, sonla):
    english = Locale.objects.get_or_create(language_code="en")[0]
    chapter = ChapterPage.objects.get(slug="thuan-chau")
    before = chapter.get_translations().count()
    for username in ("bientap-soctrang", "bientap"):
        client.force_login(get_user_model().objects.get(username=username))
        client.post(f"/quan-tri/localize/submit/page/{chapter.pk}/", {"locales": [english.pk]})
        assert chapter.get_translations().count() == before, username
    # the same request from the administrator does translate: the refusal above is real
    client.force_login(get_user_model().objects.get(username="admin"))
    client.post(f"/quan-tri/localize/submit/page/{chapter.pk}/", {"locales": [english.pk]})
    assert chapter.get_translations().count() == before + 1
