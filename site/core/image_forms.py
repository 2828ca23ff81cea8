"""The admin's image form: every image needs its alt text (Wagtail's "description").

Set as WAGTAILIMAGES_IMAGE_FORM_BASE, so it is the base of the add and edit forms and of
the multiple uploader's forms too (Wagtail builds all of them from it): a file dropped
there without a description waits, as an upload, until the editor types one.
"""
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

DESCRIPTION_LABEL = _("Mô tả ảnh (văn bản thay thế)")
DESCRIPTION_HELP = _(
    "Tả ngắn gọn điều ảnh cho thấy, cho người đọc không nhìn thấy ảnh (trình đọc màn hình) "
    "và khi mạng chậm chưa tải được ảnh. Ví dụ: “Học sinh xã Chiềng La nhận học bổng”."
)
DESCRIPTION_REQUIRED = _("Hãy nhập mô tả ảnh (văn bản thay thế) cho người đọc không nhìn thấy ảnh.")


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is not None:  # forms built for a subset of fields may leave it out
            field.required = True
            field.label = DESCRIPTION_LABEL
            field.help_text = DESCRIPTION_HELP
            field.error_messages["required"] = DESCRIPTION_REQUIRED
