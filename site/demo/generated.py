"""An archive at scale for the benchmarks (``manage.py generate_content``): ten years of a province's
news (tin and bài) from its office and about 200 chapters (the demo's districts, and communes
generated under them), and its bulletin issues with their articles and PDF pages (past issues as
scans whose page text is OCR-noisy, as an uploaded scan's is). Text from ``demo.vocabulary``."""

import io
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.core.files.base import ContentFile
from django.db.models import Q
from django.utils import timezone
from pypdf import PdfWriter
from taggit.models import Tag
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Site

from bulletins.models import BulletinArticlePage, BulletinIndexPage, BulletinIssuePage, BulletinPdfPage
from chapters.models import ChapterIndexPage, ChapterKind, ChapterPage
from core.text import fold, slugify_vi
from news.models import LearningModel, NewsCategory, NewsIndexPage, NewsKind, NewsPage, NewsPageTag

from . import vocabulary as v
from .bulk import BulkPages
from .ocr_noise import mangle

YEARS = 10
CHAPTERS = 200  # the chapters news comes from, the demo's own included
PAGES_PER_ISSUE = 8  # PDF pages
ARTICLES_PER_ISSUE = 6
FIRST_PRINTED_YEAR = date.today().year - 4  # issues before are kept only as scans
CATEGORIES = [("Hoạt động khuyến học", "hoat-dong"), ("Gương sáng hiếu học", "guong-sang"), ("Văn bản", "van-ban")]


@dataclass
class Plan:
    """How many pages of each kind make ``total``: chapters to reach ~200, a few percent bulletins,
    news the rest."""

    chapters: int
    issues: int
    articles_per_issue: int

    @classmethod
    def for_total(cls, total: int, existing_chapters: int, communes_available: int) -> "Plan":
        chapters = min(max(0, CHAPTERS - existing_chapters), communes_available, total // 10)
        issues = min(120, max(1, total // 400)) if total >= 20 else 0
        articles = ARTICLES_PER_ISSUE if total >= 200 else 1
        while issues and chapters + issues * (1 + articles) > total // 2:
            issues -= 1
        return cls(chapters, issues, articles)


@dataclass
class Generator:
    site: Site
    rng: random.Random
    bulk: BulkPages = field(default_factory=BulkPages)

    def __post_init__(self):
        home = self.site.root_page
        self.chapter_index = ChapterIndexPage.objects.child_of(home).first()
        self.news_index = NewsIndexPage.objects.child_of(home).first()
        self.bulletin_index = BulletinIndexPage.objects.child_of(home).first()
        self.chapters = list(ChapterPage.objects.descendant_of(home).live().order_by("path"))
        self.categories = list(NewsCategory.objects.all()) or [
            NewsCategory.objects.get_or_create(slug=slug, defaults={"name": name})[0] for name, slug in CATEGORIES
        ]
        self.learning_models = list(LearningModel.objects.values_list("pk", flat=True))
        self.tags = [
            Tag.objects.filter(Q(name=name) | Q(slug=slugify_vi(name))).first()
            or Tag.objects.create(name=name, slug=slugify_vi(name))
            for name in v.TAGS
        ]
        self.images = list(Image.objects.order_by("pk").values_list("pk", flat=True)[:40])
        self.today = date.today()

    # -- words -------------------------------------------------------------------

    def person(self) -> str:
        return f"{self.rng.choice(v.FAMILY_NAMES)} {self.rng.choice(v.MIDDLE_NAMES)} {self.rng.choice(v.GIVEN_NAMES)}"

    def detail(self) -> str:
        return self.rng.choice(v.DETAILS).format(n=self.rng.randint(2, 900))

    def sentence(self, place: str, day: date) -> str:
        rng = self.rng
        opening = (
            rng.choice(v.OPENINGS).format(day=day.day, month=day.month, year=day.year) if rng.random() < 0.3 else ""
        )
        return f"{opening} {rng.choice(v.SUBJECTS)} {place} {rng.choice(v.ACTIONS)} {self.detail()}.".strip()

    def paragraphs(self, place: str, day: date, count: int) -> list[str]:
        return [" ".join(self.sentence(place, day) for _ in range(self.rng.randint(2, 5))) for _ in range(count)]

    def body(self, texts: list[str], headings: bool) -> list[dict]:
        blocks = []
        for i, text in enumerate(texts):
            if headings and i and i % 3 == 0:
                blocks.append(
                    {"type": "heading", "value": {"text": self.rng.choice(v.TOPICS).capitalize(), "level": "h2"}}
                )
            blocks.append({"type": "paragraph", "value": f"<p>{text}</p>"})
        return blocks

    def day(self) -> date:
        return self.today - timedelta(days=self.rng.randint(0, 365 * YEARS))

    def published(self, day: date) -> datetime:
        return timezone.make_aware(datetime.combine(day, time(self.rng.randint(7, 17), self.rng.randint(0, 59))))

    # -- chapters ----------------------------------------------------------------

    def communes(self, count: int) -> None:
        """Commune chapters under the demo's districts, until the Site has about 200 chapters."""
        districts = [c for c in self.chapters if c.kind == ChapterKind.DISTRICT]
        taken = {fold(c.short_name or c.title) for c in self.chapters}
        pool = [
            (district, name)
            for district in districts
            for name in v.COMMUNES.get(district.short_name, [])
            if fold(name) not in taken
        ]
        self.rng.shuffle(pool)
        for district, name in pool[:count]:
            day = self.day()
            page = ChapterPage(
                title=f"Hội Khuyến học xã {name}",
                slug=slugify_vi(name),
                kind=ChapterKind.COMMUNE,
                short_name=name,
                summary=f"Hội Khuyến học xã {name}, huyện {district.short_name}: {self.rng.randint(80, 1900)} hội viên.",
                president_name=self.person(),
                members_count=self.rng.randint(80, 1900),
                body=self.body(self.paragraphs(name, day, 2), headings=False),
            )
            self.chapters.append(self.bulk.add(district, page, self.published(day)))
        self.bulk.flush()

    @staticmethod
    def available_communes(chapters) -> int:
        names = {fold(c.short_name or c.title) for c in chapters}
        districts = [c.short_name for c in chapters if c.kind == ChapterKind.DISTRICT]
        return sum(fold(n) not in names for d in districts for n in v.COMMUNES.get(d, []))

    # -- news --------------------------------------------------------------------

    def news(self, count: int) -> None:
        """Tin and bài, a quarter from the province office, the rest from chapters (some busier)."""
        parents = self.rng.sample(self.chapters, len(self.chapters))
        weights = [1 / rank**0.5 for rank in range(1, len(parents) + 1)]
        if self.news_index:
            parents.append(self.news_index)
            weights.append(sum(weights) / 3 if weights else 1)
        if not parents:
            return
        for i in range(count):
            parent = self.rng.choices(parents, weights)[0]
            chapter = parent if isinstance(parent, ChapterPage) else None
            day = self.day()
            page = self.news_page(chapter.display_name if chapter else self.rng.choice(v.PLACES), chapter, day)
            self.bulk.add(parent, page, self.published(day))
            if i % 2000 == 1999:
                self._flush_news()
        self._flush_news()

    def news_page(self, place: str, chapter, day: date) -> NewsPage:
        rng = self.rng
        kind = NewsKind.BAI if rng.random() < 0.3 else NewsKind.TIN
        who = chapter.title if chapter and rng.random() < 0.5 else f"{rng.choice(v.SUBJECTS)} {place}"
        title = f"{who} {rng.choice(v.ACTIONS)} {self.detail()}"
        if rng.random() < 0.4:
            title += f" năm {day.year}"
        texts = self.paragraphs(place, day, rng.randint(4, 8) if kind == NewsKind.BAI else rng.randint(1, 2))
        page = NewsPage(
            title=title[:250],
            kind=kind,
            date=day,
            category=rng.choice(self.categories),
            chapter=chapter,
            summary=self.sentence(place, day)[:500],
            body=self.body(texts, headings=kind == NewsKind.BAI),
            author_name=self.person(),
            source=rng.choice(["", "Ban Biên tập", f"Hội Khuyến học {place}"]),
            lead_image_id=rng.choice(self.images) if self.images and kind == NewsKind.BAI else None,
        )
        page._tags = rng.sample(self.tags, rng.randint(0, 3))
        page._models = rng.sample(self.learning_models, min(len(self.learning_models), rng.randint(0, 2)))
        return page

    def _flush_news(self) -> None:
        pending = [p for p in self.bulk._pending if isinstance(p, NewsPage)]
        self.bulk.flush()
        NewsPageTag.objects.bulk_create(
            [NewsPageTag(content_object_id=p.pk, tag_id=t.pk) for p in pending for t in p._tags], batch_size=1000
        )
        through = NewsPage.learning_models.through
        through.objects.bulk_create(
            [through(newspage_id=p.pk, learningmodel_id=m) for p in pending for m in p._models], batch_size=1000
        )

    # -- bulletins ---------------------------------------------------------------

    def bulletins(self, issues: int, articles: int) -> None:
        """Monthly-ish issues over ten years, numbered after the Site's own; the older ones scans."""
        if not issues or self.bulletin_index is None:
            return
        existing = BulletinIssuePage.objects.child_of(self.bulletin_index)
        number = max(existing.values_list("number", flat=True), default=0)
        start = self.today - timedelta(days=365 * YEARS)
        made = []
        for k in range(issues):
            number += 1
            day = start + timedelta(days=k * 365 * YEARS // issues)
            scanned = day.year < FIRST_PRINTED_YEAR
            texts = self.paragraphs(self.rng.choice(v.PLACES), day, PAGES_PER_ISSUE)
            issue = BulletinIssuePage(
                title=f"Bản tin Khuyến học số {number}",
                slug=f"so-{number}",
                number=number,
                year=day.year,
                quarter=(day.month - 1) // 3 + 1,
                publication_date=day,
                is_scanned=scanned,
                editorial="" if scanned else f"<p>{texts[0]}</p>",
                summary="" if scanned else texts[0][:500],
                pdf=self.pdf(number, day.year, len(texts)),
            )
            page_texts = [mangle(t, self.rng) for t in texts] if scanned else texts
            made.append((self.bulk.add(self.bulletin_index, issue, self.published(day)), page_texts, scanned, day))
        self.bulk.flush()
        BulletinPdfPage.objects.bulk_create(
            [
                BulletinPdfPage(issue_id=issue.pk, document_id=issue.pdf_id, number=n, text=text)
                for issue, texts, _scanned, _day in made
                for n, text in enumerate(texts, start=1)
            ]
        )
        for issue, _texts, scanned, day in made:
            for _ in range(0 if scanned else articles):
                place = self.rng.choice(v.PLACES)
                article = BulletinArticlePage(
                    title=f"{self.rng.choice(v.BULLETIN_SECTIONS)}: {place} {self.rng.choice(v.ACTIONS)}",
                    author_name=self.person(),
                    summary=self.sentence(place, day)[:500],
                    body=self.body(self.paragraphs(place, day, self.rng.randint(3, 6)), headings=True),
                )
                self.bulk.add(issue, article, self.published(day))
        self.bulk.flush()

    def pdf(self, number: int, year: int, pages: int) -> Document:
        """The issue's PDF: pages of A4 with no text layer, as a scan is (its page texts are stored)."""
        writer = PdfWriter()
        for _ in range(pages):
            writer.add_blank_page(595, 842)
        content = io.BytesIO()
        writer.write(content)
        document = Document(
            title=f"Bản tin Khuyến học số {number} ({year})", collection=Collection.get_first_root_node()
        )
        document.file.save(f"ban-tin-so-{number}-{year}.pdf", ContentFile(content.getvalue()), save=False)
        document.save()
        return document

    # -- all ---------------------------------------------------------------------

    def run(self, total: int) -> dict[str, int]:
        """Pages made, by type's name."""
        plan = Plan.for_total(total, len(self.chapters), self.available_communes(self.chapters))
        self.communes(plan.chapters)
        self.bulletins(plan.issues, plan.articles_per_issue)
        self.news(total - self.bulk.created)  # the rest, whatever the Site had room for
        self.bulk.finish()
        return self.bulk.made
