"""The StreamBlocks page types use, assembled from the single block definitions."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .content import (
    CallToActionBlock,
    DocumentLinkBlock,
    HeadingBlock,
    ImageBlock,
    ParagraphBlock,
    QuoteBlock,
    VideoBlock,
)
from .official import FiguresBlock, LegalReferenceBlock, PlanTaskBlock, StatisticsTableBlock, TaskResultBlock


class ArticleStreamBlock(blocks.StreamBlock):
    """News, bulletin articles, campaigns, chapters and standard pages."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentLinkBlock()
    statistics = StatisticsTableBlock()
    figures = FiguresBlock()
    legal_reference = LegalReferenceBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        label = _("Nội dung")


class OfficialStreamBlock(ArticleStreamBlock):
    """Plans and reports: everything an article has, plus a plan's tasks and a report's results for them."""

    task = PlanTaskBlock()
    task_result = TaskResultBlock()


class KeyFiguresStreamBlock(blocks.StreamBlock):
    figures = FiguresBlock()
    statistics = StatisticsTableBlock()
