"""Factories for the tests that build what they need instead of loading the demo.

Every Site gets its own HomePage (a new root under Wagtail's tree), a hostname nobody else uses,
its identity settings and its board (``core.setup.setup_site``), so these tests run beside the
demo in a full session. A page factory without ``parent`` puts the page in its section of a new
Site (``site=`` picks the Site); ``publish=True`` publishes it through a revision, as the admin
does (publishing a chapter gives it its president group, collection and workflow).

Users in roles go through the project's own set-up (``provinces.structure``), not hand-made
groups: ``BoardMemberFactory(site=…)``, ``PresidentFactory(chapter=…)``.
"""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Collection, Locale, Page, Site

from bulletins.models import BulletinArticlePage, BulletinIndexPage, BulletinIssuePage
from campaigns.models import CampaignIndexPage, CampaignPage, CampaignStatus
from chapters.models import ChapterIndexPage, ChapterKind, ChapterPage
from core.models import SiteIdentity
from core.setup import setup_site
from core.text import slugify_vi
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from honours.models import HonourRecord, HonourRollPage, RecipientKind
from news.models import NewsCategory, NewsIndexPage, NewsPage
from officialdocs.models import DocumentIndexPage, LegalDocument, LegalDocumentType, PlanPage, ReportPage
from provinces import structure
from standard.models import StandardPage

PASSWORD = "mat-khau-thu"  # every factory user's password


def paragraphs(*texts: str) -> list[dict]:
    """A body StreamField value of plain paragraphs."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


# -- Sites and their sections --------------------------------------------------


class PageFactory(wagtail_factories.PageFactory):
    """A page whose slug folds the Vietnamese title (as the admin does); ``publish=True``
    publishes it through a revision."""

    title = factory.Sequence(lambda n: f"Trang thử {n}")
    slug = factory.LazyAttribute(lambda page: slugify_vi(page.title, max_length=80))

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(page, create, publish, **kwargs):
        if create and publish:
            page.save_revision().publish()


class HomePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Hội Khuyến học thử {n}")
    intro = "Trang chủ của một hội dựng cho bài kiểm thử."
    parent = factory.LazyFunction(Page.get_first_root_node)

    class Meta:
        model = HomePage


class SiteFactory(wagtail_factories.SiteFactory):
    """A Site with its own home page, hostname, identity and board (``core.setup.setup_site``)."""

    hostname = factory.Sequence(lambda n: f"hoi-{n}.thu.test")
    port = 80
    root_page = factory.SubFactory(HomePageFactory)
    site_name = factory.SelfAttribute("root_page.title")
    is_default_site = False

    class Meta:
        model = Site
        skip_postgeneration_save = True

    @factory.post_generation
    def identity(site, create, extracted, **fields):
        """The Site's SiteIdentity: its association's name, and any field given as ``identity__…``."""
        if create:
            SiteIdentity.objects.update_or_create(site=site, defaults={"association_name": site.site_name, **fields})
            setup_site(site)


def http_host(site: Site) -> str:
    """The HTTP_HOST a test client sends to reach ``site``."""
    return site.hostname if site.port == 80 else f"{site.hostname}:{site.port}"


def section(site: Site, model, **fields):
    """The Site's one section page of type ``model`` (NewsIndexPage…), created if missing."""
    home = site.root_page
    existing = model.objects.child_of(home).first()
    return existing or SECTION_FACTORIES[model](parent=home, **fields)


def _in_section(model):
    """A page factory's default parent: its section of ``site`` (a new Site if none is given)."""
    return factory.LazyAttribute(lambda page: section(page.site or SiteFactory(), model))


class NewsIndexPageFactory(PageFactory):
    title = "Tin tức"
    slug = "tin-tuc"

    class Meta:
        model = NewsIndexPage


class ChapterIndexPageFactory(PageFactory):
    title = "Tổ chức hội"
    slug = "to-chuc-hoi"

    class Meta:
        model = ChapterIndexPage


class EventIndexPageFactory(PageFactory):
    title = "Sự kiện"
    slug = "su-kien"

    class Meta:
        model = EventIndexPage


class BulletinIndexPageFactory(PageFactory):
    title = "Bản tin Khuyến học"
    slug = "ban-tin"

    class Meta:
        model = BulletinIndexPage


class CampaignIndexPageFactory(PageFactory):
    title = "Quỹ và chiến dịch"
    slug = "chien-dich"

    class Meta:
        model = CampaignIndexPage


class DocumentIndexPageFactory(PageFactory):
    title = "Văn bản"
    slug = "van-ban"

    class Meta:
        model = DocumentIndexPage


SECTION_FACTORIES = {
    NewsIndexPage: NewsIndexPageFactory,
    ChapterIndexPage: ChapterIndexPageFactory,
    EventIndexPage: EventIndexPageFactory,
    BulletinIndexPage: BulletinIndexPageFactory,
    CampaignIndexPage: CampaignIndexPageFactory,
    DocumentIndexPage: DocumentIndexPageFactory,
}


# -- chapters ---------------------------------------------------------------------


class ChapterPageFactory(PageFactory):
    """A chapter, published by default: publishing gives it its president group and collection."""

    title = factory.Sequence(lambda n: f"Hội Khuyến học xã Thử {n}")
    short_name = factory.Sequence(lambda n: f"Thử {n}")
    kind = ChapterKind.COMMUNE
    parent = _in_section(ChapterIndexPage)

    class Params:
        site = None

    class Meta:
        model = ChapterPage

    @factory.post_generation
    def publish(page, create, publish, **kwargs):
        if create and publish is not False:
            page.save_revision().publish()


# -- content ----------------------------------------------------------------------


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Chuyên mục thử {n}")
    slug = factory.LazyAttribute(lambda category: slugify_vi(category.name))

    class Meta:
        model = NewsCategory


class NewsPageFactory(PageFactory):
    """A live tin in the Site's news section (``parent=chapter`` for a chapter's)."""

    title = factory.Sequence(lambda n: f"Tin thử số {n}")
    summary = "Tóm tắt của tin thử."
    date = factory.LazyFunction(timezone.localdate)
    body = factory.LazyFunction(lambda: paragraphs("Nội dung của tin thử."))
    parent = _in_section(NewsIndexPage)

    class Params:
        site = None

    class Meta:
        model = NewsPage


class EventPageFactory(PageFactory):
    """A live event a week from now, in the Site's events section (or ``parent=chapter``)."""

    title = factory.Sequence(lambda n: f"Sự kiện thử số {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    venue = "Hội trường thử"
    parent = _in_section(EventIndexPage)

    class Params:
        site = None

    class Meta:
        model = EventPage


class BulletinIssuePageFactory(PageFactory):
    title = factory.LazyAttribute(lambda issue: f"Bản tin số {issue.number}/{issue.year}")
    number = factory.Sequence(lambda n: n + 1)
    year = 2024
    publication_date = factory.LazyAttribute(lambda issue: datetime.date(issue.year, 3, 31))
    parent = _in_section(BulletinIndexPage)

    class Params:
        site = None

    class Meta:
        model = BulletinIssuePage


class BulletinArticlePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Bài bản tin thử {n}")
    body = factory.LazyFunction(lambda: paragraphs("Nội dung bài trong bản tin."))
    parent = factory.SubFactory(BulletinIssuePageFactory)

    class Meta:
        model = BulletinArticlePage


class CampaignPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Chiến dịch thử {n}")
    fund_name = "Quỹ Khuyến học thử"
    status = CampaignStatus.RUNNING
    start_date = datetime.date(2024, 9, 1)
    goal_amount = 100_000_000
    parent = _in_section(CampaignIndexPage)

    class Params:
        site = None

    class Meta:
        model = CampaignPage


class HonourRollPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Bảng vinh danh thử {n}")
    intro = "Những người được khen thưởng."
    parent = factory.LazyAttribute(lambda page: (page.site or SiteFactory()).root_page)

    class Params:
        site = None

    class Meta:
        model = HonourRollPage


class HonourRecordFactory(factory.django.DjangoModelFactory):
    roll = factory.SubFactory(HonourRollPageFactory)
    recipient_name = factory.Sequence(lambda n: f"Nguyễn Văn Thử {n}")
    recipient_kind = RecipientKind.values[0]
    award = "Học bổng"
    programme = "Học bổng thử"
    year = 2024

    class Meta:
        model = HonourRecord


class LegalDocumentFactory(factory.django.DjangoModelFactory):
    site = factory.SubFactory(SiteFactory)
    symbol = factory.Sequence(lambda n: f"{n + 1}/QĐ-THU")
    doc_type = LegalDocumentType.values[0]
    issuer = "Thủ tướng Chính phủ"
    issued_date = datetime.date(2021, 7, 30)
    title = factory.Sequence(lambda n: f"Văn bản thử số {n}")

    class Meta:
        model = LegalDocument


class OfficialDocumentPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Văn bản của Hội số {n}")
    parent_body = "UBND TỈNH THỬ"
    issuing_body = "HỘI KHUYẾN HỌC TỈNH THỬ"
    place = "Thử"
    document_date = datetime.date(2024, 1, 15)
    body = factory.LazyFunction(lambda: paragraphs("Nội dung văn bản."))
    parent = _in_section(DocumentIndexPage)

    class Params:
        site = None

    class Meta:
        abstract = True


class PlanPageFactory(OfficialDocumentPageFactory):
    title = factory.Sequence(lambda n: f"Kế hoạch thử số {n}")
    symbol = factory.Sequence(lambda n: f"{n + 1}/KH-HKH")

    class Meta:
        model = PlanPage


class ReportPageFactory(OfficialDocumentPageFactory):
    title = factory.Sequence(lambda n: f"Báo cáo thử số {n}")
    symbol = factory.Sequence(lambda n: f"{n + 1}/BC-HKH")

    class Meta:
        model = ReportPage


class StandardPageFactory(PageFactory):
    """A standard page under the Site's home (or ``parent=…``)."""

    title = factory.Sequence(lambda n: f"Trang thử {n}")
    body = factory.LazyFunction(lambda: paragraphs("Nội dung trang thử."))
    parent = factory.LazyAttribute(lambda page: (page.site or SiteFactory()).root_page)

    class Params:
        site = None

    class Meta:
        model = StandardPage


class ImageFactory(wagtail_factories.ImageFactory):
    """A JPEG with a description (the alt text), in the root collection unless told."""

    title = factory.Sequence(lambda n: f"Ảnh thử {n}")
    description = "Học sinh nhận học bổng."
    collection = factory.LazyFunction(Collection.get_first_root_node)


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Tài liệu thử {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)


# -- people -----------------------------------------------------------------------


class UserFactory(factory.django.DjangoModelFactory):
    """A user with ``PASSWORD`` and no role."""

    username = factory.Sequence(lambda n: f"nguoi-thu-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@thu.test")
    first_name = factory.Sequence(lambda n: f"Người thử {n}")
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


class SuperuserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"quan-tri-{n}")
    is_staff = True
    is_superuser = True


class _RoleMemberFactory(UserFactory):
    """A user put in a role by the project's own set-up (``provinces.structure``)."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, username, email, first_name, **kwargs):
        return cls._join(kwargs, username=username, email=email, full_name=first_name, password=PASSWORD)


class BoardMemberFactory(_RoleMemberFactory):
    """A member of ``site``'s Ban Biên tập (a new Site if none is given)."""

    username = factory.Sequence(lambda n: f"bientap-thu-{n}")
    site = factory.SubFactory(SiteFactory)

    @staticmethod
    def _join(kwargs, **person):
        return structure.add_board_member(kwargs["site"], **person)


class PresidentFactory(_RoleMemberFactory):
    """A president of ``chapter`` (a new published chapter if none is given)."""

    username = factory.Sequence(lambda n: f"chutich-thu-{n}")
    chapter = factory.SubFactory(ChapterPageFactory)

    @staticmethod
    def _join(kwargs, **person):
        return structure.add_president(kwargs["chapter"].pk, **person)


def offer_language(site: Site, code: str = "en") -> Locale:
    """The locale ``code``, offered to the Site's readers (``SiteIdentity.languages``)."""
    locale = Locale.objects.get_or_create(language_code=code)[0]
    SiteIdentity.for_site(site).languages.add(locale)
    return locale


def translate(page, code: str = "en", **fields):
    """A published translation of ``page`` with ``fields`` (its title…) changed, its parents
    translated first (not wagtail-localize's aliases); the Site offers the language."""
    locale = offer_language(page.get_site(), code)
    parent = page.get_parent()
    if parent.depth > 1 and parent.get_translation_or_none(locale) is None:
        translate(parent.specific, code)
    translation = page.get_translation_or_none(locale) or page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation.specific
