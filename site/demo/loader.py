"""Builds the two demo Sites from the data in demo/content. Idempotent: a second
run finds everything in place and creates nothing."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, Site

from bulletins.models import BulletinArticlePage, BulletinIndexPage, BulletinIssuePage
from campaigns.models import CampaignIndexPage, CampaignPage
from chapters.models import ChapterIndexPage, ChapterKind, ChapterPage
from core.models import SiteIdentity
from core.roles import board_of, ensure_site_roles, president_group
from core.setup import setup_roles
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from honours.models import HonourRecord, HonourRollPage
from news.models import LearningModel, NewsCategory, NewsIndexPage, NewsPage
from officialdocs.models import (
    DocumentIndexPage,
    LegalDocument,
    LegalRegisterPage,
    PlanLegalBasis,
    PlanPage,
    ReportLegalBasis,
    ReportPage,
)
from sitesearch import sync as sitesearch_sync
from standard.models import StandardPage

from . import images, translations
from .content import bulletins as bulletin_data
from .content import campaigns as campaign_data
from .content import chapters as chapter_data
from .content import events as event_data
from .content import honours as honour_data
from .content import news as news_data
from .content import official as official_data
from .pages import ensure_child, figures_block, months_ago, paragraphs, statistics_block
from .submissions import build_submissions

DEMO_PASSWORD = "demo-khuyenhoc"

SITES = {
    "sonla": {
        "hostname": "127.0.0.1",
        "default": True,
        "title": "Hội Khuyến học tỉnh Sơn La",
        "slug": "son-la",
        "parent_body": "UBND tỉnh Sơn La",
        "tagline": "Khuyến học, khuyến tài, xây dựng xã hội học tập",
        "intro": (
            "Trang thông tin của Hội Khuyến học tỉnh Sơn La: tin bài từ 12 hội huyện, thành phố, "
            "Bản tin Khuyến học, các quỹ học bổng và kế hoạch, báo cáo của Hội."
        ),
        "province": "tỉnh Sơn La",
    },
    "soctrang": {
        "hostname": "soctrang.localhost",
        "default": False,
        "title": "Hội Khuyến học tỉnh Sóc Trăng",
        "slug": "soc-trang",
        "parent_body": "UBND tỉnh Sóc Trăng",
        "tagline": "Học tập suốt đời vì một Sóc Trăng phát triển",
        "intro": (
            "Trang thông tin của Hội Khuyến học tỉnh Sóc Trăng: hoạt động của các cấp hội, "
            "kế hoạch công tác năm 2025 và các chương trình học bổng."
        ),
        "province": "tỉnh Sóc Trăng",
    },
}


# The demo picture (demo.images.SCENES) each kind of event is shown with.
EVENT_PICTURES = {"trao-hoc-bong": 2, "ngay-khuyen-hoc": 7, "thang-khuyen-hoc": 6, "hoi-nghi": 5, "khac": 1}

# Footer facts, from the seeds only: they name the association's office ("VP Hội Khuyến học
# tỉnh", "Văn phòng Hội Khuyến học tỉnh") but no street, phone, e-mail or president's name,
# so those stay blank and the person responsible for content is given by office.
SITE_IDENTITY = {
    "sonla": {
        "theme": "sonla",
        "address": "Văn phòng Hội Khuyến học tỉnh Sơn La, thành phố Sơn La, tỉnh Sơn La",
        "responsible_person": "Chủ tịch Hội Khuyến học tỉnh Sơn La",
        "licence": "Dữ liệu trình diễn, soạn từ kế hoạch và báo cáo của Hội Khuyến học tỉnh Sơn La.",
        "footer_note": "Ghi rõ nguồn “Hội Khuyến học tỉnh Sơn La” khi phát hành lại thông tin từ trang này.",
    },
    "soctrang": {
        "theme": "soctrang",
        "address": "Văn phòng Hội Khuyến học tỉnh Sóc Trăng, thành phố Sóc Trăng, tỉnh Sóc Trăng",
        "responsible_person": "Chủ tịch Hội Khuyến học tỉnh Sóc Trăng",
        "licence": "Dữ liệu trình diễn, soạn từ kế hoạch công tác năm 2025 của Hội Khuyến học tỉnh Sóc Trăng.",
        "footer_note": "Ghi rõ nguồn “Hội Khuyến học tỉnh Sóc Trăng” khi phát hành lại thông tin từ trang này.",
    },
}


class DemoLoader:
    def __init__(self, port: int = 8000, stdout=None):
        self.port = port
        self.stdout = stdout
        self.today = timezone.localdate()
        self.homes: dict[str, HomePage] = {}
        self.sections: dict[tuple[str, str], Page] = {}
        self.chapters: dict[str, ChapterPage] = {}
        self.pictures: dict[str, list] = {}

    def log(self, message: str) -> None:
        if self.stdout:
            self.stdout.write(message)

    @transaction.atomic
    def run(self) -> None:
        self.remove_wagtail_welcome_page()
        for key in SITES:
            self.build_site(key)
            self.pictures[key] = images.scene_images(self.collection(key))
        self.build_chapters()
        self.build_news()
        self.build_bulletins()
        self.build_campaigns()
        self.build_events()
        self.build_honours()
        self.build_official_documents()
        self.build_accounts()
        self.build_submissions()
        self.build_languages()
        sitesearch_sync.rebuild()

    # -- structure ----------------------------------------------------------

    def remove_wagtail_welcome_page(self) -> None:
        """Wagtail's first migration leaves a placeholder page and site; the demo replaces them."""
        for page in Page.objects.filter(depth=2, slug="home", content_type__model="page"):
            Site.objects.filter(root_page=page).delete()
            page.delete()

    def build_site(self, key: str) -> None:
        spec = SITES[key]
        root = Page.get_first_root_node()
        home = ensure_child(
            root,
            HomePage,
            slug=spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            summary=spec["intro"],
            key_figures=self.key_figures(key),
        )
        self.homes[key] = home
        site = Site.objects.filter(root_page=home).first() or Site(root_page=home)
        site.hostname, site.port = spec["hostname"], self.port
        site.site_name, site.is_default_site = spec["title"], spec["default"]
        site.save()
        self.fill_identity(site, key)

        self.sections[(key, "about")] = ensure_child(
            home,
            StandardPage,
            slug="gioi-thieu",
            title="Giới thiệu",
            show_in_menus=True,
            summary=f"Chức năng, nhiệm vụ và tổ chức của {spec['title']}.",
            body=paragraphs(self.about_text(key)),
        )
        self.sections[(key, "news")] = ensure_child(
            home,
            NewsIndexPage,
            slug="tin-tuc",
            title="Tin tức",
            show_in_menus=True,
            intro="Tin và bài của Văn phòng Hội và các hội cơ sở.",
        )
        self.sections[(key, "chapters")] = ensure_child(
            home,
            ChapterIndexPage,
            slug="to-chuc-hoi",
            title="Tổ chức hội",
            show_in_menus=True,
            intro=f"Các hội khuyến học huyện, xã và ban khuyến học cơ quan thuộc {spec['title']}.",
        )
        self.sections[(key, "bulletins")] = ensure_child(
            home,
            BulletinIndexPage,
            slug="ban-tin",
            title="Bản tin Khuyến học",
            show_in_menus=True,
            intro="Bản tin phát hành mỗi quý một số.",
        )
        self.sections[(key, "campaigns")] = ensure_child(
            home,
            CampaignIndexPage,
            slug="chien-dich",
            title="Quỹ và chiến dịch",
            show_in_menus=True,
            intro="Các quỹ học bổng và chương trình vận động, công khai số liệu.",
        )
        self.sections[(key, "documents")] = ensure_child(
            home,
            DocumentIndexPage,
            slug="van-ban",
            title="Văn bản",
            show_in_menus=True,
            intro="Kế hoạch, báo cáo của Hội và sổ đăng ký văn bản pháp lý liên quan.",
        )
        self.sections[(key, "register")] = ensure_child(
            self.sections[(key, "documents")],
            LegalRegisterPage,
            slug="so-dang-ky-van-ban",
            title="Sổ đăng ký văn bản",
            intro="Các văn bản làm căn cứ cho kế hoạch và báo cáo của Hội.",
        )
        self.sections[(key, "contact")] = ensure_child(
            home,
            StandardPage,
            slug="lien-he",
            title="Liên hệ",
            show_in_menus=True,
            summary="Gửi tin bài, góp ý cho Ban Biên tập.",
            body=paragraphs(
                [
                    "Các hội cơ sở gửi tin, bài về Ban Biên tập qua tài khoản trên trang quản trị; "
                    "mỗi chủ tịch hội gửi ít nhất 2 tin và 2 bài mỗi tháng.",
                    "Bạn đọc góp ý về nội dung xin liên hệ Văn phòng Hội.",
                ]
            ),
        )

    def build_languages(self) -> None:
        """English, Thái and Mông on Sơn La, English on Sóc Trăng; a few pages translated."""
        for key, codes in translations.SITE_LANGUAGES.items():
            translations.set_site_languages(Site.objects.get(root_page=self.homes[key]), codes)
        translations.build_english_pages(self.homes["sonla"])

    def fill_identity(self, site: Site, key: str) -> None:
        """The Site's "Thông tin hội": fills what is blank (and the theme while it is still
        "base"), so a re-run keeps what editors changed and saves nothing when all is set."""
        spec = SITES[key]
        identity = SiteIdentity.for_site(site)
        if identity.association_name == "Hội Khuyến học":
            identity.association_name = ""
        if identity.responsible_person == f"Ban Biên tập Trang thông tin điện tử {spec['title']}":
            identity.responsible_person = ""  # what earlier demos put there
        wanted = {
            "association_name": spec["title"],
            "parent_body": spec["parent_body"],
            "tagline": spec["tagline"],
            **SITE_IDENTITY[key],
        }
        changed = not identity.pk
        for field, value in wanted.items():
            current = getattr(identity, field)
            if value and (not current or (field == "theme" and current == "base")) and current != value:
                setattr(identity, field, value)
                changed = True
        if changed:
            identity.save()

    def picture(self, index: int, site_key: str = "sonla"):
        pictures = self.pictures[site_key]
        return pictures[index % len(pictures)]

    def collection(self, site_key: str):
        """The Site's media root (its board's; set up with the Site's roles)."""
        return ensure_site_roles(Site.objects.get(root_page=self.homes[site_key])).collection

    def key_figures(self, key: str) -> list[dict]:
        if key == "soctrang":
            return [
                figures_block(
                    "Chỉ tiêu năm 2025",
                    [
                        ("Phát triển hội viên mới (tối thiểu)", 23000, "hội viên"),
                        ("Vận động quỹ cấp tỉnh", 5_000_000_000, "đồng"),
                        ("Vận động quỹ mỗi huyện", 1_000_000_000, "đồng"),
                        ("Vận động quỹ mỗi xã", 300_000_000, "đồng"),
                    ],
                )
            ]
        return [
            figures_block(
                "Hội Khuyến học tỉnh Sơn La năm 2023",
                [
                    ("Hội viên", 351_214, "người"),
                    ("Hội khuyến học huyện, thành phố", 12, "hội"),
                    ("Hội khuyến học xã, phường, thị trấn", 204, "hội"),
                    ("Tổng quỹ khuyến học toàn tỉnh", 31_862_960_857, "đồng"),
                ],
            ),
            statistics_block(
                "Kết quả xây dựng mô hình học tập năm 2023",
                [
                    ("Công dân học tập", 388_000, 237_921),
                    ("Gia đình học tập", 274_526, 242_138),
                    ("Dòng họ học tập", 1_149, 842),
                    ("Đơn vị học tập", 924, 858),
                    ("Cộng đồng học tập", 2_303, 1_808),
                ],
            ),
        ]

    def about_text(self, key: str) -> list[str]:
        if key == "soctrang":
            return [
                "Hội Khuyến học tỉnh Sóc Trăng tập hợp các hội khuyến học huyện, thị xã, thành phố, "
                "hội cơ sở và ban khuyến học các cơ quan, đơn vị trong tỉnh.",
                "Năm 2025 Hội đặt mục tiêu phát triển từ 23.000 đến 25.000 hội viên mới và chuẩn bị "
                "Đại hội đại biểu các cấp nhiệm kỳ 2025 - 2030.",
            ]
        return [
            "Hội Khuyến học tỉnh Sơn La có 12 hội huyện, thành phố, 204 hội xã, phường, thị trấn, "
            "2.845 chi hội và 404 ban khuyến học; cuối năm 2023 toàn tỉnh có 351.214 hội viên, "
            "khoảng 28% dân số.",
            "Hội tham mưu cho cấp ủy, chính quyền về khuyến học, khuyến tài, xây dựng xã hội học tập, "
            "vận động Quỹ Khuyến học và Quỹ Học bổng Tô Hiệu, và xây dựng các mô hình học tập.",
        ]

    def build_chapters(self) -> None:
        index = self.sections[("sonla", "chapters")]
        for key, name, description in chapter_data.SON_LA_DISTRICTS:
            prefix = "Hội Khuyến học thành phố" if name.startswith("Thành phố") else "Hội Khuyến học huyện"
            title = f"{prefix} {name.removeprefix('Thành phố ')}"
            self.chapters[key] = ensure_child(
                index,
                ChapterPage,
                slug=key,
                title=title,
                short_name=name,
                kind=ChapterKind.DISTRICT,
                summary=description,
                president_title="Chủ tịch",
            )
        for key, parent_key, title in chapter_data.SON_LA_COMMUNES:
            self.chapters[key] = ensure_child(
                self.chapters[parent_key],
                ChapterPage,
                slug=key,
                title=title,
                short_name=title.removeprefix("Hội Khuyến học "),
                kind=ChapterKind.COMMUNE,
            )
        for key, title in chapter_data.SON_LA_AGENCIES:
            self.chapters[key] = ensure_child(
                index,
                ChapterPage,
                slug=key,
                title=title,
                short_name=title.removeprefix("Ban Khuyến học "),
                kind=ChapterKind.AGENCY,
                president_title="Trưởng ban",
            )
        st_index = self.sections[("soctrang", "chapters")]
        for key, short, title, description in chapter_data.SOC_TRANG_DISTRICTS:
            self.chapters[key] = ensure_child(
                st_index,
                ChapterPage,
                slug=key,
                title=title,
                short_name=short,
                kind=ChapterKind.DISTRICT,
                summary=description,
            )

    # -- content ------------------------------------------------------------

    def build_news(self) -> None:
        categories = {
            key: NewsCategory.objects.get_or_create(slug=key, defaults={"name": name})[0]
            for key, name in news_data.CATEGORIES
        }
        models_by_code = {m.code: m for m in LearningModel.objects.all()}
        for i, item in enumerate(news_data.NEWS):
            parent = self.chapters[item["chapter"]] if item["chapter"] else self.sections[(item["site"], "news")]
            body = paragraphs(item["body"])
            picture = self.picture(i, item["site"])
            if item["kind"] == "bai" and len(body) > 2:
                body.insert(
                    2,
                    {
                        "type": "image",
                        "value": {
                            "image": picture.pk,
                            "alt_text": picture.description,
                            "caption": picture.title,
                            "credit": "Tranh minh họa",
                        },
                    },
                )
            ensure_child(
                parent,
                NewsPage,
                title=item["title"],
                kind=item["kind"],
                date=months_ago(self.today, item["months_ago"], item["day"]),
                category=categories[item["category"]],
                summary=item["summary"],
                body=body,
                author_name=item["author"],
                source=item["source"],
                featured=item["featured"],
                lead_image=picture,
                learning_models=[models_by_code[c] for c in item["topics"]],
                tags=item["tags"],
            )

    def build_bulletins(self) -> None:
        index = self.sections[("sonla", "bulletins")]
        for issue_data in bulletin_data.ISSUES:
            number, year = issue_data["number"], issue_data["year"]
            editorial = "".join(f"<p>{escape(t)}</p>" for t in issue_data["editorial"])
            issue = ensure_child(
                index,
                BulletinIssuePage,
                slug=f"so-{number}",
                title=issue_data["title"],
                number=number,
                year=year,
                quarter=issue_data["quarter"],
                publication_date=date.fromisoformat(issue_data["publication_date"]),
                cover_image=images.bulletin_cover(number, year, self.collection("sonla")),
                editorial=editorial,
                summary=issue_data["editorial"][0][:500],
            )
            for article in issue_data["articles"]:
                ensure_child(
                    issue,
                    BulletinArticlePage,
                    title=article["title"],
                    author_name=article["author"],
                    summary=article["summary"],
                    body=paragraphs(article["body"]),
                )

    def build_campaigns(self) -> None:
        for i, item in enumerate(campaign_data.CAMPAIGNS):
            body = paragraphs(item["body"])
            if item.get("figures"):
                body.append(figures_block("Số liệu", item["figures"]))
            ensure_child(
                self.sections[(item["site"], "campaigns")],
                CampaignPage,
                slug=item["slug"],
                title=item["title"],
                fund_name=item["fund_name"],
                status=item["status"],
                start_date=date.fromisoformat(item["start_date"]),
                end_date=date.fromisoformat(item["end_date"]) if item["end_date"] else None,
                goal_amount=item["goal"],
                raised_amount=item["raised"],
                beneficiaries=item["beneficiaries"],
                beneficiaries_count=item["beneficiaries_count"],
                summary=item["summary"],
                body=body,
                lead_image=self.picture(i + 2, item["site"]),
            )

    def build_events(self) -> None:
        """Each Site's "Sự kiện" calendar; some events are dated from today, so it is never empty.
        A chapter's event lives under the chapter's page, as a president would post it."""
        indexes = {
            key: ensure_child(
                self.homes[key],
                EventIndexPage,
                slug="su-kien",
                title="Sự kiện",
                show_in_menus=True,
                intro=intro,
                summary=intro[:500],
            )
            for key, intro in event_data.EVENT_INDEXES.items()
        }
        zone = ZoneInfo(settings.TIME_ZONE)
        for item in event_data.EVENTS:
            day = event_day(item["when"], self.today)
            words = event_words(day)
            last_day = day + timedelta(days=item.get("days", 1) - 1)
            all_day = item["time"] is None
            start = datetime.combine(day, time.fromisoformat(item["time"] or "00:00"), tzinfo=zone)
            if all_day:
                end = datetime.combine(last_day, time.min, tzinfo=zone) if last_day > day else None
            else:
                end = datetime.combine(last_day, time.fromisoformat(item["until"]), tzinfo=zone)
            venue, address = item["place"]
            chapter = self.chapters[item["chapter"]] if item["chapter"] else None
            ensure_child(
                chapter or indexes[item["site"]],
                EventPage,
                slug=item["slug"].format(**words),
                title=item["title"].format(**words),
                summary=item["summary"].format(**words),
                body=paragraphs([text.format(**words) for text in item["body"]]),
                kind=item["kind"],
                start=start,
                end=end,
                all_day=all_day,
                venue=venue,
                address=address,
                chapter=chapter,
                lead_image=self.picture(EVENT_PICTURES[item["kind"]], item["site"]),
            )

    def build_honours(self) -> None:
        rolls = {}
        for roll in honour_data.HONOUR_ROLLS:
            rolls[roll["slug"]] = ensure_child(
                self.homes[roll["site"]],
                HonourRollPage,
                slug=roll["slug"],
                title=roll["title"],
                intro=roll["intro"],
                summary=roll["intro"][:500],
                show_in_menus=True,
            )
        for record in honour_data.HONOUR_RECORDS:
            HonourRecord.objects.get_or_create(
                roll=rolls[record["roll"]],
                recipient_name=record["recipient"],
                programme=record["programme"],
                year=record["year"],
                award=record["award"],
                defaults={
                    "recipient_kind": record["recipient_kind"],
                    "amount": record["amount"],
                    "quantity": record["quantity"],
                    "is_minor": record["is_minor"],
                    "chapter": self.chapters.get(record["chapter"]) if record["chapter"] else None,
                    "note": record.get("note", ""),
                },
            )

    def load_register(self) -> dict[tuple[str, str], LegalDocument]:
        """Each Site's own register: a document goes to every Site whose plans and reports
        cite it (one copy each), else to the Site its entry names, else the default Site."""
        citing = {}
        for item in official_data.OFFICIAL_DOCUMENTS:
            for symbol in item["legal_bases"]:
                citing.setdefault(symbol, set()).add(item["site"])
        default = next(key for key, spec in SITES.items() if spec["default"])
        register = {}
        for doc in official_data.LEGAL_DOCUMENTS:
            for key in sorted(citing.get(doc["symbol"]) or {doc.get("site", default)}):
                register[(key, doc["symbol"])] = LegalDocument.objects.get_or_create(
                    site=Site.objects.get(root_page=self.homes[key]),
                    symbol=doc["symbol"],
                    defaults={
                        "doc_type": doc["doc_type"],
                        "issuer": doc["issuer"],
                        "title": doc["title"],
                        "issued_date": date.fromisoformat(doc["date"]) if doc["date"] else None,
                    },
                )[0]
        return register

    def build_official_documents(self) -> None:
        register = self.load_register()
        for item in official_data.OFFICIAL_DOCUMENTS:
            model, basis_model = (
                (PlanPage, PlanLegalBasis) if item["kind"] == "plan" else (ReportPage, ReportLegalBasis)
            )
            ensure_child(
                self.sections[(item["site"], "documents")],
                model,
                slug=item["slug"],
                title=item["title"],
                summary=item["summary"],
                parent_body=item["parent_body"],
                issuing_body=item["issuing_body"],
                number=item["number"],
                symbol=item["symbol"],
                place=item["place"],
                period=item["period"],
                document_date=date.fromisoformat(item["date"]) if item["date"] else None,
                body=[self.official_block(block_type, value) for block_type, value in item["body"]],
                signer_capacity=item["signer_capacity"],
                signer_title=item["signer_title"],
                signer_name=item["signer_name"],
                recipients="\n".join(item["recipients"]),
                legal_bases=[
                    basis_model(document=register[(item["site"], symbol)], sort_order=i)
                    for i, symbol in enumerate(item["legal_bases"])
                ],
            )

    @staticmethod
    def official_block(block_type: str, value) -> dict:
        if block_type == "heading":
            return {"type": "heading", "value": {"text": value["text"], "level": f"h{value['level']}"}}
        if block_type == "paragraph":
            return paragraphs([value])[0]
        if block_type == "task":
            return {"type": "task", "value": value}
        if block_type == "stats":
            return statistics_block(value["title"], value["rows"])
        if block_type == "figures":
            return figures_block(value["title"], value["items"])
        raise ValueError(f"Unknown block type in demo data: {block_type}")

    # -- people -------------------------------------------------------------

    def build_accounts(self) -> None:
        User = get_user_model()
        setup_roles()
        admin, created = User.objects.get_or_create(
            username="admin",
            defaults={
                "email": "admin@khuyenhoc.localhost",
                "first_name": "Quản trị",
                "is_staff": True,
                "is_superuser": True,
            },
        )
        if created:
            admin.set_password(DEMO_PASSWORD)
            admin.save()
        for username, key in (("bientap", "sonla"), ("bientap-soctrang", "soctrang")):
            site = Site.objects.get(root_page=self.homes[key])
            group = board_of(site)
            self.ensure_user(username, group.name, f"{username}@khuyenhoc.localhost", group)
        for key, chapter in self.chapters.items():
            group = president_group(chapter)
            self.ensure_user(
                president_username(key),
                f"Chủ tịch {chapter.display_name}",
                f"{president_username(key)}@khuyenhoc.localhost",
                group,
            )

    def build_submissions(self) -> None:
        editor = get_user_model().objects.get(username="bientap")
        build_submissions(self.chapters, editor, self.picture(1), president_username, self.today)

    @staticmethod
    def ensure_user(username: str, first_name: str, email: str, group):
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"email": email, "first_name": first_name},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        user.groups.add(group)
        return user


def event_day(when: dict, today: date) -> date:
    """The day a demo event takes place on (see demo/content/events.py)."""
    if "date" in when:
        return date.fromisoformat(when["date"])
    if "in_days" in when:
        return today + timedelta(days=when["in_days"])
    direction = "last" if "last" in when else "next"
    month, day = (int(part) for part in when[direction].split("-"))
    this_year = date(today.year, month, day)
    if direction == "last":
        return this_year if this_year < today else this_year.replace(year=today.year - 1)
    return this_year if this_year > today else this_year.replace(year=today.year + 1)


def event_words(day: date) -> dict:
    """What a demo event's texts may mention about its date."""
    return {
        "year": day.year,
        "report_year": (day - timedelta(days=60)).year,
        "since_1996": day.year - 1996,
        "since_2008": day.year - 2008,
        "since_1944": day.year - 1944,
        "since_1912": day.year - 1912,
    }


def president_username(chapter_key: str) -> str:
    """chutich-thuanchau for the chapter "thuan-chau"."""
    return "chutich-" + chapter_key.replace("-", "")
