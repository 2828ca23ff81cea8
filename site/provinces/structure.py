"""A new province's Site: its home page, section pages, identity and roles.

What `manage.py setup_site`, `add_chapter` and `add_president` do, in functions the
tests call too. Each step finds what is already there first, so a run can be repeated.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from bulletins.models import BulletinIndexPage
from campaigns.models import CampaignIndexPage
from chapters.models import ChapterIndexPage, ChapterKind, ChapterPage
from core.models import SiteIdentity
from core.roles import board_of, ensure_site_roles, president_group
from core.text import slugify_vi
from events.models import EventIndexPage
from home.models import HomePage
from news.models import NewsIndexPage
from officialdocs.models import DocumentIndexPage, LegalRegisterPage
from standard.models import StandardPage

# (model, slug, title, in the menu): the sections every province starts with
SECTIONS = [
    (StandardPage, "gioi-thieu", "Giới thiệu", True),
    (NewsIndexPage, "tin-tuc", "Tin tức", True),
    (ChapterIndexPage, "to-chuc-hoi", "Tổ chức hội", True),
    (BulletinIndexPage, "ban-tin", "Bản tin Khuyến học", True),
    (CampaignIndexPage, "chien-dich", "Quỹ và chiến dịch", True),
    (DocumentIndexPage, "van-ban", "Văn bản", True),
    (EventIndexPage, "su-kien", "Sự kiện", True),
    (StandardPage, "lien-he", "Liên hệ", True),
]


class SetupError(ValueError):
    """A message for the administrator, in Vietnamese."""


def publish_child(parent, model, slug: str, **fields):
    """The child of ``parent`` with this slug, created and published if missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def setup_site(name: str, hostname: str, port: int = 80, parent_body: str = "", default: bool = False) -> Site:
    """An empty province: home page, sections, the register, identity, board and media root."""
    site = Site.objects.filter(hostname=hostname, port=port).first()
    if site is None:
        slug = slugify_vi(name, max_length=80) or hostname
        home = publish_child(Page.get_first_root_node(), HomePage, slug=slug, title=name, intro="")
        is_default = default or not Site.objects.filter(is_default_site=True).exists()
        site = Site.objects.create(
            hostname=hostname, port=port, root_page=home, site_name=name, is_default_site=is_default
        )
    home = site.root_page.specific
    for model, slug, title, in_menu in SECTIONS:
        publish_child(home, model, slug=slug, title=title, show_in_menus=in_menu)
    documents = DocumentIndexPage.objects.child_of(home).get(slug="van-ban")
    publish_child(documents, LegalRegisterPage, slug="so-dang-ky-van-ban", title="Sổ đăng ký văn bản")
    identity = SiteIdentity.for_site(site)
    identity.association_name = name
    identity.parent_body = parent_body or identity.parent_body
    identity.save()
    ensure_site_roles(site)
    return site


def find_site(hostname: str) -> Site:
    site = Site.objects.filter(hostname=hostname).select_related("root_page").first()
    if site is None:
        raise SetupError(_("Không có trang nào với tên miền “%(host)s”.") % {"host": hostname})
    return site


@transaction.atomic
def add_chapter(
    site: Site, title: str, kind: str = ChapterKind.DISTRICT, parent_id: int | None = None, short_name: str = ""
) -> ChapterPage:
    """A published chapter under the Site's "Tổ chức hội" (or under another chapter): publishing
    gives it its president group, collection and workflow."""
    if kind not in ChapterKind.values:
        raise SetupError(_("Loại tổ chức không hợp lệ: %(kind)s.") % {"kind": kind})
    home = site.root_page
    if parent_id is not None:
        parent = ChapterPage.objects.descendant_of(home).filter(pk=parent_id).first()
        if parent is None:
            raise SetupError(_("Không có chi hội số %(id)s trên trang này.") % {"id": parent_id})
    else:
        parent = ChapterIndexPage.objects.child_of(home).first()
        if parent is None:
            raise SetupError(_("Trang chưa có mục “Tổ chức hội”: chạy setup_site trước."))
    slug = slugify_vi(short_name or title, max_length=80)
    if ChapterPage.objects.child_of(parent).filter(slug=slug).exists():
        raise SetupError(_("Đã có chi hội với đường dẫn “%(slug)s” ở đây.") % {"slug": slug})
    return publish_child(parent, ChapterPage, slug=slug, title=title, kind=kind, short_name=short_name)


@transaction.atomic
def add_president(chapter_id: int, username: str, email: str, full_name: str = "", password: str | None = None):
    """A president account for a chapter: in its president group, nothing else."""
    chapter = ChapterPage.objects.filter(pk=chapter_id).first()
    if chapter is None or not chapter.live:
        raise SetupError(_("Không có chi hội đã đăng với số %(id)s.") % {"id": chapter_id})
    group = president_group(chapter)
    if group is None:
        raise SetupError(_("Chi hội chưa có nhóm chủ tịch: hãy đăng trang chi hội trước."))
    return _member(group, username, email, full_name, password)


@transaction.atomic
def add_board_member(site: Site, username: str, email: str, full_name: str = "", password: str | None = None):
    """A member of the Site's Ban Biên tập."""
    return _member(board_of(site) or ensure_site_roles(site).board, username, email, full_name, password)


def _member(group, username: str, email: str, full_name: str, password: str | None):
    User = get_user_model()
    user, created = User.objects.get_or_create(username=username, defaults={"email": email, "first_name": full_name})
    if created:
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()  # the person sets it through "Quên mật khẩu"
        user.save()
    user.groups.add(group)
    return user
