"""General content blocks: headings, text, images, quotes, video, documents, calls to action."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "blockquote"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tiêu đề"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("Cấp"),
        choices=[("h2", _("Phần (I, II…)")), ("h3", _("Mục (1, 2…)")), ("h4", _("Tiểu mục"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Tiêu đề mục")
        template = "blocks/heading.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault("label", _("Đoạn văn"))
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Ảnh"))
    alt_text = blocks.CharBlock(
        label=_("Mô tả ảnh (alt)"),
        max_length=255,
        help_text=_("Bắt buộc: mô tả nội dung ảnh cho người không xem được ảnh."),
    )
    caption = blocks.CharBlock(label=_("Chú thích"), required=False, max_length=255)
    credit = blocks.CharBlock(label=_("Nguồn ảnh"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Ảnh")
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Trích dẫn"))
    attribution = blocks.CharBlock(label=_("Người nói / nguồn"), required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Trích dẫn")
        template = "blocks/quote.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Đường dẫn video"), help_text=_("YouTube, Facebook…"))
    caption = blocks.CharBlock(label=_("Chú thích"), required=False, max_length=255)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Tài liệu"))
    title = blocks.CharBlock(label=_("Tên hiển thị"), required=False, help_text=_("Để trống thì dùng tên tài liệu."))

    class Meta:
        icon = "doc-full"
        label = _("Tài liệu đính kèm")
        template = "blocks/document_link.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tiêu đề"), max_length=255)
    text = blocks.TextBlock(label=_("Nội dung"), required=False)
    page = blocks.PageChooserBlock(label=_("Trang đích"), required=False)
    url = blocks.URLBlock(label=_("Hoặc đường dẫn"), required=False)
    button_label = blocks.CharBlock(label=_("Nhãn nút"), max_length=60, default="Xem thêm")

    class Meta:
        icon = "pick"
        label = _("Lời kêu gọi")
        template = "blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Chọn một trang đích hoặc nhập đường dẫn."))}
            )
        return value
