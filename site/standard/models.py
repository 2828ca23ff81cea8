"""Plain information pages: giới thiệu, liên hệ."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from blocks.streams import ArticleStreamBlock
from core.models import BasePage


class StandardPage(BasePage):
    body = StreamField(ArticleStreamBlock(), verbose_name=_("Nội dung"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    subpage_types = ["standard.StandardPage"]

    class Meta:
        verbose_name = _("Trang thông tin")
        verbose_name_plural = _("Trang thông tin")
