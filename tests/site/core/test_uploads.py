"""Uploads in the admin: a malformed, oversized or forbidden file is a Vietnamese form error, never a 500.

Files go through the admin's own views as the demo superuser: the image add view, the multiple
uploader (images and documents) and the document add view.
"""

import json
import struct
import zlib
from io import BytesIO

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.image_forms import BROKEN_IMAGE

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def picture(format_name: str, size=(64, 48)) -> bytes:
    buffer = BytesIO()
    image = PILImage.new("RGB", size, (40, 120, 70))
    image.putpixel((3, 3), (200, 10, 10))  # not one flat colour: the encoders write real data
    image.save(buffer, format=format_name)
    return buffer.getvalue()


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header announces width × height pixels (a decompression bomb's shape)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    chunks = [(b"IHDR", header), (b"IDAT", zlib.compress(b"\0" * 64)), (b"IEND", b"")]
    return b"\x89PNG\r\n\x1a\n" + b"".join(png_chunk(kind, data) for kind, data in chunks)


BROKEN = str(BROKEN_IMAGE)
TOO_MANY_PIXELS = "Tệp này có quá nhiều điểm ảnh"
# name → (content, the start of the Vietnamese message it gets: ours, Wagtail's from admin_vi, Django's)
MALFORMED_IMAGES = {
    "rong.jpg": (b"", "Tập tin được gửi là rỗng."),
    "cat-ngang.gif": (picture("GIF")[:40], BROKEN),
    "rac.png": (b"\x89PNG\r\n\x1a\n" + b"khong phai anh " * 40, BROKEN),
    "cat-ngang.jpg": (picture("JPEG", (400, 300))[:600], BROKEN),
    "cat-ngang.png": (picture("PNG", (400, 300))[:-60], BROKEN),
    "sai-duoi.png": (picture("JPEG"), "Không phải ảnh .png hợp lệ."),
    "van-ban.jpg": ("Đây là văn bản, không phải ảnh.".encode(), "Hãy tải lên một hình ảnh hợp lệ."),
    "qua-nhieu-diem-anh.png": (png_claiming(9_000, 9_000), TOO_MANY_PIXELS + " (81000000)"),  # never decoded
    "bom.png": (png_claiming(30_000, 30_000), TOO_MANY_PIXELS),  # beyond Pillow's own bomb limit
    "anh.bmp": (picture("BMP"), "Định dạng ảnh không được hỗ trợ."),
}
TOO_LARGE = "Tệp này quá lớn"


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.get(username="admin"))
    return client


def root_collection() -> int:
    return Collection.get_first_root_node().pk


def add_image(client, name: str, content: bytes):
    return client.post(
        "/quan-tri/images/add/",
        {
            "title": "Ảnh thử",
            "description": "Ảnh thử tải lên",
            "collection": root_collection(),
            "tags": "",
            "file": SimpleUploadedFile(name, content),
        },
    )


def upload_many(client, kind: str, name: str, content: bytes):
    return client.post(
        f"/quan-tri/{kind}/multiple/add/",
        {
            "files[]": SimpleUploadedFile(name, content),
            "collection": root_collection(),
        },
    )


def add_document(client, name: str, content: bytes):
    return client.post(
        "/quan-tri/documents/add/",
        {
            "title": "Tài liệu thử",
            "collection": root_collection(),
            "tags": "",
            "file": SimpleUploadedFile(name, content),
        },
    )


def test_upload_limits_are_set():
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert {"pdf", "docx", "xlsx", "pptx", "odt", "zip"} <= set(settings.WAGTAILDOCS_EXTENSIONS)
    assert not {"exe", "html", "svg", "js"} & set(settings.WAGTAILDOCS_EXTENSIONS)


@pytest.mark.parametrize("name", MALFORMED_IMAGES)
def test_a_malformed_image_is_a_form_error(admin_client, name):
    content, message = MALFORMED_IMAGES[name]
    Image = get_image_model()
    before = Image.objects.count()
    response = add_image(admin_client, name, content)
    assert response.status_code == 200
    assert message in response.text
    assert Image.objects.count() == before


@pytest.mark.parametrize("name", MALFORMED_IMAGES)
def test_a_malformed_image_is_refused_by_the_multiple_uploader(admin_client, name):
    content, message = MALFORMED_IMAGES[name]
    response = upload_many(admin_client, "images", name, content)
    assert response.status_code < 500
    data = json.loads(response.content)
    assert data["success"] is False
    assert data["error_message"].startswith(message)


def test_a_sound_image_still_uploads(admin_client):
    response = add_image(admin_client, "lop-hoc.png", picture("PNG"))
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Ảnh thử")
    assert image.get_rendition("fill-40x40").width == 40
    assert admin_client.get("/quan-tri/images/").status_code == 200


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1_000)
def test_an_image_over_the_size_limit_is_refused(admin_client):
    response = add_image(admin_client, "lon.png", picture("PNG", (200, 200)) + b"\0" * 2_000)
    assert response.status_code == 200
    assert TOO_LARGE in response.text


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1_000)
@pytest.mark.parametrize("view", ["add", "multiple"])
def test_a_document_over_the_size_limit_is_refused(admin_client, view):
    Document = get_document_model()
    before = Document.objects.count()
    content = b"%PDF-1.4\n" + b"0" * 2_000
    if view == "add":
        text = add_document(admin_client, "bao-cao.pdf", content).text
    else:
        text = json.loads(upload_many(admin_client, "documents", "bao-cao.pdf", content).content)["error_message"]
    assert TOO_LARGE in text
    assert Document.objects.count() == before


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("chuong-trinh.exe", b"MZ\x90\x00", "Không cho phép phần mở rộng “exe”"),
        ("trang.html", b"<script>alert(1)</script>", "Không cho phép phần mở rộng “html”"),
        ("rong.pdf", b"", "Tập tin được gửi là rỗng."),
    ],
)
def test_a_forbidden_or_empty_document_is_a_form_error(admin_client, name, content, message):
    Document = get_document_model()
    before = Document.objects.count()
    response = add_document(admin_client, name, content)
    assert response.status_code == 200
    assert message in response.text
    assert Document.objects.count() == before


def test_an_office_document_uploads(admin_client):
    response = add_document(admin_client, "ke-hoach.pptx", b"PK\x03\x04 trinh chieu")
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Tài liệu thử").exists()
