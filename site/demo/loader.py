"""Builds the demo Sites from the files in demo/data (see its README.md). Every file is read and checked
first, so a bad one stops the load before anything is written; then each content type's loader
(demo/load/) builds its pages. Idempotent: a second run finds everything in place and creates nothing."""

from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from core.roles import ensure_site_roles
from sitesearch import sync as sitesearch_sync

from . import images
from .ledgers import load_ledgers
from .load import accounts, bulletins, campaigns, chapters, documents, events, honours, languages, news, sites
from .load.accounts import DEMO_PASSWORD, president_username
from .load.files import DATA_DIR, read_toml
from .load.schema import ListOf, Slug, Tables, Text, validate
from .submissions import build_submissions

__all__ = ["DEMO_PASSWORD", "DemoData", "DemoLoader", "president_username", "read_demo"]

DEMO = {
    "sites": ListOf(Slug()),  # the Sites' folders, in the order they are built
    "news_category": Tables({"slug": Slug(), "name": Text()}),
}
SCENES = {title: i for i, (title, _alt, _palette) in enumerate(images.SCENES)}


@dataclass
class DemoData:
    """Everything in the data folder, read and checked; by Site (its folder's name) where it is a Site's."""

    sites: list[sites.SiteData]
    categories: list[dict]
    register: list[dict]
    chapters: dict[str, list]
    news: dict[str, list]
    bulletins: dict[str, list]
    campaigns: dict[str, list]
    events: dict[str, list]
    honours: dict[str, list]
    documents: dict[str, list]

    @property
    def default_site(self) -> str:
        return next(data.key for data in self.sites if data.site["default"])


def read_demo(data_dir: Path = DATA_DIR) -> DemoData:
    """Every data file, checked against its schema; raises `DataError` (file and line) on the first bad one."""
    document = read_toml(data_dir / "demo.toml")
    demo = validate(document.source, document.data, DEMO)
    site_data = []
    for i, key in enumerate(demo["sites"]):
        if not (data_dir / key / "site.toml").is_file():
            raise document.error(("sites", i), f"không có thư mục “{key}” với tệp site.toml")
        site_data.append(sites.read_site(data_dir / key))
    if sum(data.site["default"] for data in site_data) != 1:
        raise document.error(("sites",), "cần đúng một trang có “default = true” trong site.toml")
    register = documents.read_register(data_dir / "legal-documents.toml", demo["sites"])
    refs = {
        "category": {category["slug"] for category in demo["news_category"]},
        "learning_model": news.learning_model_codes(),
        "picture": set(SCENES),
        "legal_document": {entry["symbol"] for entry in register},
    }
    data = DemoData(site_data, demo["news_category"], register, {}, {}, {}, {}, {}, {}, {})
    taken_chapter_keys: set[str] = set()
    for site in site_data:
        key, folder = site.key, site.folder
        data.chapters[key] = chapters.read(folder, taken_chapter_keys)
        site_refs = {**refs, "chapter": {chapter["key"] for chapter in data.chapters[key]}}
        data.news[key] = news.read(folder, site_refs, site.site["languages"])
        data.bulletins[key] = bulletins.read(folder)
        data.campaigns[key] = campaigns.read(folder, site_refs)
        data.events[key] = events.read(folder, site_refs)
        data.honours[key] = honours.read(folder, site_refs)
        data.documents[key] = documents.read(folder, site_refs)
    return data


class DemoLoader:
    """What the content loaders share while they build: the Sites' homes and sections, the chapters
    by key, each Site's pictures, and the translations to enter once every page exists."""

    def __init__(self, port: int = 8000, data_dir: Path | None = None):
        self.port = port
        self.data_dir = data_dir or DATA_DIR
        self.today = timezone.localdate()
        self.homes = {}
        self.sections = {}  # (site key, section folder) -> index page
        self.chapters = {}
        self.pictures: dict[str, list] = {}
        self.translations: list[tuple] = []  # (page, languages.PageTranslation, the field its body is)

    def run(self) -> None:
        self.build(read_demo(self.data_dir))

    @transaction.atomic
    def build(self, data: DemoData) -> None:
        sites.remove_wagtail_welcome_page()
        for site in data.sites:
            sites.build_site(self, site)
            self.pictures[site.key] = images.scene_images(self.collection(site.key))
        chapters.build(self, data.chapters)
        news.build(self, data.categories, data.news)
        bulletins.build(self, data.bulletins)
        campaigns.build(self, data.campaigns)
        load_ledgers()  # before the translations, which copy each campaign's reference code
        events.build(self, data.events)
        honours.build(self, data.honours)
        documents.build(self, data.register, data.documents, data.default_site)
        accounts.build(self, data.sites)
        self.build_submissions(data)
        languages.build(self, data.sites)
        sitesearch_sync.rebuild()

    def build_submissions(self, data: DemoData) -> None:
        """Chapter presidents' recent news, through the workflow, for the default Site's editors."""
        default = next(site for site in data.sites if site.key == data.default_site)
        editor = get_user_model().objects.get(username=default.site["board_account"])
        picture = self.picture(default.key, "Lớp học cộng đồng")
        build_submissions(self.chapters, editor, picture, president_username, self.today)

    def site(self, key: str) -> Site:
        return Site.objects.get(root_page=self.homes[key])

    def collection(self, key: str):
        """The Site's media root (its board's; set up with the Site's roles)."""
        return ensure_site_roles(self.site(key)).collection

    def picture(self, site_key: str, scene: str):
        """One of the Site's drawn pictures, by its title in `images.SCENES`."""
        return self.pictures[site_key][SCENES[scene]]

    def translate(self, page, translations: list, body_field: str) -> None:
        self.translations += [(page, translation, body_field) for translation in translations]

    def fill_identity(self, site: Site, key: str) -> None:
        """The Site's "Thông tin hội" as the data folder has it, filled where blank."""
        data = sites.read_site(self.data_dir / key)
        sites.fill_identity(site, data.site["identity"], data.home.data["title"])
