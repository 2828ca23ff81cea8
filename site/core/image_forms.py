"""The admin's image form: every image needs its alt text (Wagtail's "description"), and a file
that is not a readable picture is a form error.

Set as WAGTAILIMAGES_IMAGE_FORM_BASE, so it is the base of the add and edit forms and of
the multiple uploader's forms too (Wagtail builds all of them from it): a file dropped
there without a description waits, as an upload, until the editor types one.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

DESCRIPTION_LABEL = _("Mô tả ảnh (văn bản thay thế)")
DESCRIPTION_HELP = _(
    "Tả ngắn gọn điều ảnh cho thấy, cho người đọc không nhìn thấy ảnh (trình đọc màn hình) "
    "và khi mạng chậm chưa tải được ảnh. Ví dụ: “Học sinh xã Chiềng La nhận học bổng”."
)
DESCRIPTION_REQUIRED = _("Hãy nhập mô tả ảnh (văn bản thay thế) cho người đọc không nhìn thấy ảnh.")


BROKEN_IMAGE = _(
    "Không đọc được ảnh này: tệp bị hỏng hoặc không đầy đủ (có thể chưa tải xong). "
    "Hãy mở thử ảnh trên máy rồi tải lên lại."
)


class ReadableImageField(WagtailImageField):
    """Wagtail's image field, for files Pillow cannot read through.

    Wagtail decodes the whole picture (Willow loads it) before it compares its pixels with
    WAGTAILIMAGES_MAX_IMAGE_PIXELS, and an error while decoding (a truncated GIF or JPEG, a PNG of
    garbage) escaped as a 500. Here the size the file announces is checked before anything is
    decoded, and a failure to decode is a form error.
    """

    def to_python(self, data):
        if hasattr(data, "seek"):
            self.check_announced_pixels(data)
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - Pillow's decoders fail in many ways on a broken file
            raise ValidationError(BROKEN_IMAGE, code="invalid_image") from error

    def check_announced_pixels(self, data):
        try:
            with PILImage.open(data) as image:  # reads the header only
                width, height = image.size
        except Exception:  # noqa: BLE001 - not a picture Pillow knows: Wagtail's own checks say so
            return
        finally:
            data.seek(0)
        if self.max_image_pixels and width * height > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": width * height, "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            )


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        file_field = self.fields.get("file")
        if type(file_field) is WagtailImageField:  # built by Wagtail itself, so given the subclass here
            file_field.__class__ = ReadableImageField
        field = self.fields.get("description")
        if field is not None:  # forms built for a subset of fields may leave it out
            field.required = True
            field.label = DESCRIPTION_LABEL
            field.help_text = DESCRIPTION_HELP
            field.error_messages["required"] = DESCRIPTION_REQUIRED
