"""Around the admin's pages: its own API lists only the media a user may choose, and no board
publishes translations (wagtail-localize checks one global permission, not the Site)."""

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from core.models import SiteRoles
from tests.factories import (
    BoardMemberFactory,
    ChapterPageFactory,
    DocumentFactory,
    ImageFactory,
    SiteFactory,
    SuperuserFactory,
    http_host,
)

pytestmark = pytest.mark.django_db


def in_site(model, site):
    return model.objects.filter(collection__path__startswith=SiteRoles.objects.get(site=site).collection.path)


@pytest.mark.parametrize("factory, endpoint", [(ImageFactory, "images"), (DocumentFactory, "documents")])
def test_the_admin_api_lists_only_choosable_media(client, factory, endpoint):
    sonla, soctrang = SiteFactory(), SiteFactory()
    theirs = factory(title="Tệp của Sơn La", collection=SiteRoles.objects.get(site=sonla).collection)
    ours = factory(title="Tệp của Sóc Trăng", collection=SiteRoles.objects.get(site=soctrang).collection)
    client.force_login(BoardMemberFactory(site=soctrang))
    listing = client.get(f"/quan-tri/api/main/{endpoint}/?limit=50", HTTP_HOST=http_host(soctrang))
    assert listing.status_code == 200
    ids = {item["id"] for item in listing.json()["items"]}
    assert theirs.pk not in ids and ours.pk in ids
    model = get_image_model() if endpoint == "images" else get_document_model()
    assert ids <= set(in_site(model, soctrang).values_list("pk", flat=True))
    detail = client.get(f"/quan-tri/api/main/{endpoint}/{theirs.pk}/", HTTP_HOST=http_host(soctrang))
    assert detail.status_code == 404


def test_a_board_cannot_translate_the_other_sites_pages(client):
    english = Locale.objects.get_or_create(language_code="en")[0]
    sonla = SiteFactory()
    chapter = ChapterPageFactory(site=sonla)
    before = chapter.get_translations().count()
    for board in (BoardMemberFactory(), BoardMemberFactory(site=sonla)):
        client.force_login(board)
        client.post(f"/quan-tri/localize/submit/page/{chapter.pk}/", {"locales": [english.pk]})
        assert chapter.get_translations().count() == before, board.username
    # the same request from the administrator does translate: the refusal above is real
    client.force_login(SuperuserFactory())
    client.post(f"/quan-tri/localize/submit/page/{chapter.pk}/", {"locales": [english.pk]})
    assert chapter.get_translations().count() == before + 1
