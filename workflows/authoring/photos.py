"""The lead photo: what the browser does before upload (longest side 1600 px, JPEG, about
300 KB), the server does again for a phone that could not, so the site never stores the
3–12 MB original."""

import io
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageOps
from wagtail.images import get_image_model

LONGEST_SIDE = 1600
JPEG_QUALITY = 80
TARGET_BYTES = 400 * 1024  # a file already this small and this size is kept as it is


def fitted(upload) -> ImageFile:
    """The upload, or a JPEG of it scaled down to LONGEST_SIDE, turned upright (EXIF)."""
    upload.seek(0)
    with PillowImage.open(upload) as original:
        small_enough = max(original.size) <= LONGEST_SIDE and upload.size <= TARGET_BYTES
        if small_enough and original.format in {"JPEG", "PNG", "WEBP"}:
            upload.seek(0)
            return ImageFile(upload, name=Path(upload.name).name)
        picture = ImageOps.exif_transpose(original)
        picture.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
        if picture.mode not in ("RGB", "L"):
            picture = picture.convert("RGB")
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    out.seek(0)
    return ImageFile(out, name=Path(upload.name).stem + ".jpg")


def save_photo(upload, *, title: str, description: str, collection, user):
    """A Wagtail image in the chapter's collection, uploaded by the president."""
    image = get_image_model()(
        title=title[:255],
        description=description[:255],
        file=fitted(upload),
        collection=collection,
        uploaded_by_user=user,
    )
    image.save()
    return image
