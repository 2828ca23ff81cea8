"""Each Site's media is a closed room: its board sees, chooses, uploads, replaces and deletes only
there; a president only in their chapter's collection, checked on the server for every field."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.models import SiteRoles
from core.roles import chapter_roles, site_collection
from tests.factories import ImageFactory, NewsPageFactory

Image = get_image_model()


def site_image(site):
    return Image.objects.filter(collection=SiteRoles.objects.get(site=site).collection).first()


def png() -> SimpleUploadedFile:
    from io import BytesIO

    from PIL import Image as Pil

    buffer = BytesIO()
    Pil.new("RGB", (40, 30), (10, 120, 60)).save(buffer, format="PNG")
    return SimpleUploadedFile("anh.png", buffer.getvalue(), content_type="image/png")


@pytest.fixture(autouse=True)
def each_sites_picture(picture, other_province):
    """A picture in each Site's own collection."""
    ImageFactory(collection=site_collection(other_province))


def test_every_site_has_its_own_media_root(province, other_province):
    own, other = SiteRoles.objects.get(site=province), SiteRoles.objects.get(site=other_province)
    assert own.collection != other.collection and own.board != other.board
    assert site_image(province) is not None and site_image(other_province) is not None


@pytest.mark.parametrize("board, own_site", [("editor", "province"), ("other_board", "other_province")])
def test_a_board_lists_only_its_own_sites_media(client, request, board, own_site, province, other_province):
    own, other = (province, other_province) if own_site == "province" else (other_province, province)
    client.force_login(request.getfixturevalue(board))
    listing = client.get(reverse("wagtailimages:index"))
    assert listing.status_code == 200
    other_ids = Image.objects.filter(collection__path__startswith=SiteRoles.objects.get(site=other).collection.path)
    own_ids = Image.objects.filter(collection__path__startswith=SiteRoles.objects.get(site=own).collection.path)
    assert any(f"/images/{image.pk}/" in listing.text for image in own_ids)
    assert not any(f"/images/{image.pk}/" in listing.text for image in other_ids)


def test_a_board_cannot_edit_replace_or_delete_the_other_sites_image(client, editor, other_province):
    image = site_image(other_province)
    title, file_name = image.title, image.file.name
    client.force_login(editor)
    assert client.get(reverse("wagtailimages:edit", args=[image.pk])).status_code in (302, 403)
    client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": "Đã bị sửa", "description": "x", "file": png(), "collection": image.collection_id},
    )
    client.post(reverse("wagtailimages:delete", args=[image.pk]))
    image.refresh_from_db()
    assert (image.title, image.file.name) == (title, file_name)


def test_a_board_cannot_upload_into_the_other_sites_collection(client, editor, other_province):
    target = SiteRoles.objects.get(site=other_province).collection
    client.force_login(editor)
    before = Image.objects.filter(collection=target).count()
    client.post(
        reverse("wagtailimages:add"),
        {"title": "Ảnh lạ", "description": "Ảnh lạ", "file": png(), "collection": target.pk},
    )
    assert Image.objects.filter(collection=target).count() == before


def test_a_board_uploads_into_its_own_site(client, editor, province):
    target = SiteRoles.objects.get(site=province).collection
    client.force_login(editor)
    client.post(
        reverse("wagtailimages:add"),
        {"title": "Ảnh của Ban", "description": "Ảnh của Ban", "file": png(), "collection": target.pk},
    )
    assert Image.objects.filter(collection=target, title="Ảnh của Ban").exists()


def edit_form(page, **fields):
    data = {
        "title": page.title,
        "slug": page.slug,
        "kind": page.kind,
        "date": page.date.isoformat(),
        "summary": page.summary,
        "category": page.category_id or "",
        "lead_image": page.lead_image_id or "",
        "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def other_chapters_image(song_ma, picture):
    collection = chapter_roles(song_ma).collection
    image = Image(
        title="Ảnh của huyện khác", description="Ảnh của huyện khác", file=picture.file, collection=collection
    )
    image.save()
    return image


@pytest.mark.parametrize("where", ["lead image", "image block", "rich-text embed"])
def test_a_president_cannot_attach_another_collections_image_by_id(
    client, president, draft_news, song_ma, picture, where
):
    foreign = other_chapters_image(song_ma, picture)
    fields = {
        "lead image": {"lead_image": foreign.pk},
        "image block": {
            "body": streamfield([("image", {"image": foreign.pk, "alt_text": "a", "caption": "", "credit": ""})])
        },
        "rich-text embed": {
            "body": streamfield(
                [
                    (
                        "paragraph",
                        rich_text(f'<p>Ảnh</p><embed embedtype="image" id="{foreign.pk}" format="fullwidth" alt="a"/>'),
                    )
                ]
            )
        },
    }[where]
    client.force_login(president)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[draft_news.pk]), edit_form(draft_news, **fields))
    if where != "rich-text embed":  # the paragraph editor has no image feature: it drops the embed
        assert response.status_code == 200  # the form again, with the error
        errors = response.context["form"].errors
        assert any("thuộc thư mục của đơn vị khác" in str(message) for message in errors.values()), errors
    draft_news.refresh_from_db()
    latest = draft_news.get_latest_revision_as_object()
    assert latest.lead_image_id != foreign.pk
    assert f'"image": {foreign.pk}' not in str(latest.body.raw_data).replace("'", '"')
    assert f'id="{foreign.pk}"' not in str(latest.body.raw_data)


def test_a_president_attaches_their_own_chapters_image(client, president, draft_news, chapter_picture):
    client.force_login(president)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft_news.pk]), edit_form(draft_news, lead_image=chapter_picture.pk)
    )
    assert response.status_code == 302
    draft_news.refresh_from_db()
    assert draft_news.get_latest_revision_as_object().lead_image_id == chapter_picture.pk


def test_an_image_already_on_the_page_does_not_block_saving(client, president, draft_news):
    """The draft's picture is in the Site's collection, not the president's: saving still works."""
    client.force_login(president)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft_news.pk]), edit_form(draft_news, summary="Tóm tắt đã sửa.")
    )
    assert response.status_code == 302
    draft_news.refresh_from_db()
    assert draft_news.get_latest_revision_as_object().summary == "Tóm tắt đã sửa."


def test_a_president_chooses_only_in_their_chapters_collection(client, president, chapter_picture, province):
    client.force_login(president)
    chooser = client.get(reverse("wagtailimages_chooser:choose"))
    assert chooser.status_code == 200
    html = chooser.json()["html"]
    assert chapter_picture.title in html
    assert f"/{site_image(province).pk}/" not in html


def test_a_board_cannot_name_the_other_sites_chapter_on_its_page(client, other_province, other_board, thuan_chau):
    page = NewsPageFactory(site=other_province, kind="tin", publish=True)
    foreign_chapter = thuan_chau
    client.force_login(other_board)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form(page, chapter=foreign_chapter.pk)
    )
    assert response.status_code == 200 and "chapter" in response.context["form"].errors
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().chapter_id != foreign_chapter.pk
