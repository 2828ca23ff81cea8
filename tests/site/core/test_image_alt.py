"""Every image uploaded in the admin needs its alt text (Wagtail's "description")."""

import json
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.image_forms import DESCRIPTION_REQUIRED
from tests.factories import ImageFactory, SuperuserFactory

MESSAGE = str(DESCRIPTION_REQUIRED)
assert MESSAGE == "Hãy nhập mô tả ảnh (văn bản thay thế) cho người đọc không nhìn thấy ảnh."

pytestmark = pytest.mark.django_db


def photo(name="lop-hoc.jpg") -> SimpleUploadedFile:
    buffer = BytesIO()
    PILImage.new("RGB", (64, 48), (40, 120, 70)).save(buffer, format="JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def admin_client(client):
    client.force_login(SuperuserFactory())
    return client


def add(client, **extra):
    return client.post(
        "/quan-tri/images/add/",
        {
            "title": "Lớp học cộng đồng bản Hua Ngáy",
            "file": photo(),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
            **extra,
        },
    )


def test_upload_without_description_is_refused(admin_client):
    Image = get_image_model()
    before = Image.objects.count()
    response = add(admin_client, description="   ")
    assert response.status_code == 200
    assert MESSAGE in response.text
    assert Image.objects.count() == before


def test_upload_with_description_is_saved(admin_client):
    response = add(admin_client, description="Học viên lớp xóa mù chữ bản Hua Ngáy")
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Lớp học cộng đồng bản Hua Ngáy")
    assert image.description == "Học viên lớp xóa mù chữ bản Hua Ngáy"
    assert image.default_alt_text == image.description


def test_edit_cannot_clear_the_description(admin_client):
    image = ImageFactory()
    response = admin_client.post(
        f"/quan-tri/images/{image.pk}/",
        {
            "title": image.title,
            "collection": image.collection_id,
            "description": "",
            "tags": "",
        },
    )
    assert response.status_code == 200
    assert MESSAGE in response.text
    image.refresh_from_db()
    assert image.description


def test_multiple_upload_waits_for_the_description(admin_client):
    """The multiple uploader keeps the file as an upload and shows the form with the field
    required; the image exists only once the description is given."""
    Image = get_image_model()
    before = Image.objects.count()
    response = admin_client.post(
        "/quan-tri/images/multiple/add/",
        {
            "files[]": photo("trao-hoc-bong.jpg"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    data = json.loads(response.content)
    assert data["success"] and "uploaded_file_id" in data
    assert Image.objects.count() == before
    upload_id = data["uploaded_file_id"]
    prefix = f"uploaded-image-{upload_id}"
    url = f"/quan-tri/images/multiple/create_from_uploaded_image/{upload_id}/"
    fields = {
        f"{prefix}-title": "Trao học bổng",
        f"{prefix}-collection": Collection.get_first_root_node().pk,
        f"{prefix}-tags": "",
    }

    data = json.loads(admin_client.post(url, {**fields, f"{prefix}-description": ""}).content)
    assert not data["success"]
    assert MESSAGE in data["form"]
    assert Image.objects.count() == before

    data = json.loads(admin_client.post(url, {**fields, f"{prefix}-description": "Phong bì học bổng trên bàn"}).content)
    assert data["success"]
    assert Image.objects.get(pk=data["image_id"]).description == "Phong bì học bổng trên bàn"
