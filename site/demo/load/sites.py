"""The Sites: `site.toml` (host, languages, “Thông tin hội”), the home page (`_index.md`) and the home's
sections (standard pages in `pages/`, each listing's index page in its folder's `_index.md`)."""

from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from wagtail.models import Page, Site

from bulletins.models import BulletinIndexPage
from campaigns.models import CampaignIndexPage
from chapters.models import ChapterIndexPage
from core.models import SiteIdentity
from events.models import EventIndexPage
from home.models import HomePage
from news.models import NewsIndexPage
from officialdocs.models import DocumentIndexPage, LegalRegisterPage, StatisticsPage
from standard.models import StandardPage

from ..pages import ensure_child, figures_block, paragraphs, statistics_block
from . import languages
from .files import Document, content_files, read_markdown, read_toml
from .schema import FIGURE, STATISTICS_ROW, Boolean, Choice, ListOf, Slug, Table, Tables, Text, validate

IDENTITY = {
    name: Text(default="")
    for name in (
        "association_name",
        "parent_body",
        "tagline",
        "theme",
        "address",
        "responsible_person",
        "licence",
        "footer_note",
    )
}
SITE = {
    "hostname": Text(),
    "default": Boolean(default=False),
    "board_account": Slug(),  # the username of the Site's Ban Biên tập account
    "languages": ListOf(Text(), default=[]),
    "identity": Table(IDENTITY),
}
KEY_FIGURES = {
    "type": Choice(["figures", "statistics"]),  # with `items`, or with `rows`
    "title": Text(),
    "items": Tables(FIGURE, default=None),
    "rows": Tables(STATISTICS_ROW, default=None),
}
HOME = {
    "slug": Slug(),
    "title": Text(),
    "summary": Text(default=""),
    "sections": ListOf(Text()),
    "key_figures": Tables(KEY_FIGURES, default=[]),
}
SECTION = {
    "slug": Slug(),
    "title": Text(),
    "show_in_menus": Boolean(default=False),
    "summary": Text(default=""),
}
REGISTER = {"slug": Slug(), "title": Text(), "intro": Text(default="")}

# a section's folder -> its page model; a standard page's body is paragraphs, the others' is their intro
SECTION_MODELS = {
    "pages": StandardPage,
    "news": NewsIndexPage,
    "chapters": ChapterIndexPage,
    "bulletins": BulletinIndexPage,
    "campaigns": CampaignIndexPage,
    "documents": DocumentIndexPage,
    "events": EventIndexPage,
    "statistics": StatisticsPage,  # its charts are drawn from the Site's reports
}


@dataclass
class Section:
    folder: str  # "pages", "news", …: the key other loaders find the page by (demo.sections[site, folder])
    document: Document
    translations: list = field(default_factory=list)

    @property
    def model(self):
        return SECTION_MODELS[self.folder]


@dataclass
class SiteData:
    key: str  # the folder's name: "sonla", "soctrang"
    folder: Path
    site: dict
    home: Document
    sections: list[Section]
    translations: list = field(default_factory=list)  # of the home page


def read_site(folder: Path) -> SiteData:
    document = read_toml(folder / "site.toml")
    site = validate(document.source, document.data, SITE)
    known = {code for code, _name in settings.LANGUAGES}
    for i, code in enumerate(site["languages"]):
        if code not in known:
            raise document.error(("languages", i), f"ngôn ngữ “{code}” không có trong LANGUAGES của settings")
    home = read_markdown(folder / "_index.md")
    home.data = validate(home.source, home.data, HOME)
    check_key_figures(home)
    home.paragraphs_only()
    sections = [read_section(folder, home, i, name, site["languages"]) for i, name in enumerate(home.data["sections"])]
    for path in content_files(folder / "pages"):
        if path.relative_to(folder).as_posix() not in home.data["sections"]:
            raise home.error(("sections",), f"“{path.relative_to(folder).as_posix()}” không có trong “sections”")
    translations = languages.read(home, site["languages"], {"key_figures": ListOf(Text(), default=None)})
    for translation in translations:
        names = translation.document.data["key_figures"]
        if names is not None and len(names) != len(home.data["key_figures"]):
            raise translation.document.error(("key_figures",), "cần đúng một tên cho mỗi bảng số liệu của trang chủ")
    return SiteData(folder.name, folder, site, home, sections, translations)


def read_section(folder: Path, home: Document, index: int, name: str, site_languages: list[str]) -> Section:
    path = folder / name
    section_folder = Path(name).parts[0]
    if section_folder not in SECTION_MODELS or not path.is_file():
        raise home.error(("sections", index), f"“{name}”: không có tệp này, hoặc thư mục không phải một mục")
    document = read_markdown(path)
    schema = {**SECTION, "register": Table(REGISTER)} if section_folder == "documents" else SECTION
    document.data = validate(document.source, document.data, schema)
    document.paragraphs_only()
    return Section(section_folder, document, languages.read(document, site_languages))


def check_key_figures(home: Document) -> None:
    for i, block in enumerate(home.data["key_figures"]):
        wanted, other = ("items", "rows") if block["type"] == "figures" else ("rows", "items")
        if not block[wanted] or block[other] is not None:
            raise home.error(("key_figures", i), f"bảng “{block['type']}” cần “{wanted}” (không có “{other}”)")


def intro_of(document: Document) -> str:
    """An index page's intro: its body's paragraphs, a blank line apart."""
    return "\n\n".join(document.paragraphs)


# -- building ------------------------------------------------------------------


def remove_wagtail_welcome_page() -> None:
    """Wagtail's first migration leaves a placeholder page and site; the demo replaces them."""
    for page in Page.objects.filter(depth=2, slug="home", content_type__model="page"):
        Site.objects.filter(root_page=page).delete()
        page.delete()


def build_site(demo, data: SiteData) -> None:
    spec = data.home.data
    home = ensure_child(
        Page.get_first_root_node(),
        HomePage,
        slug=spec["slug"],
        title=spec["title"],
        intro=intro_of(data.home),
        summary=spec["summary"],
        key_figures=[key_figures_block(block) for block in spec["key_figures"]],
    )
    demo.homes[data.key] = home
    site = Site.objects.filter(root_page=home).first() or Site(root_page=home)
    site.hostname, site.port = data.site["hostname"], demo.port
    site.site_name, site.is_default_site = spec["title"], data.site["default"]
    site.save()
    fill_identity(site, data.site["identity"], spec["title"])
    demo.translate(home, data.translations, "intro")
    for section in data.sections:
        build_section(demo, data.key, home, section)


def build_section(demo, site_key: str, home, section: Section) -> None:
    fields = dict(section.document.data)
    register = fields.pop("register", None)
    if section.model is StandardPage:
        body_field, text = "body", paragraphs(section.document.paragraphs)
    else:
        body_field, text = "intro", intro_of(section.document)
    page = ensure_child(home, section.model, **fields, **{body_field: text})
    demo.sections[(site_key, section.folder)] = page
    demo.translate(page, section.translations, body_field)
    if register:
        demo.sections[(site_key, "register")] = ensure_child(page, LegalRegisterPage, **register)


def key_figures_block(block: dict) -> dict:
    if block["type"] == "figures":
        return figures_block(block["title"], block["items"])
    return statistics_block(block["title"], block["rows"])


def fill_identity(site: Site, wanted: dict, title: str) -> None:
    """The Site's "Thông tin hội": fills what is blank (and the theme while it is still
    "base"), so a re-run keeps what editors changed and saves nothing when all is set."""
    identity = SiteIdentity.for_site(site)
    if identity.association_name == "Hội Khuyến học":
        identity.association_name = ""
    if identity.responsible_person == f"Ban Biên tập Trang thông tin điện tử {title}":
        identity.responsible_person = ""  # what earlier demos put there
    changed = not identity.pk
    for name, value in wanted.items():
        current = getattr(identity, name)
        if value and (not current or (name == "theme" and current == "base")) and current != value:
            setattr(identity, name, value)
            changed = True
    if changed:
        identity.save()
