"""Many realistic news pages, for benchmarks: text built from the associations' vocabulary."""

import random
import time
from datetime import date, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from chapters.models import ChapterPage
from demo.vocabulary import ACTIONS, DETAILS, PLACES, SUBJECTS, TOPICS
from news.models import NewsCategory, NewsPage
from sitesearch import sync


def sentence(rng: random.Random) -> str:
    detail = rng.choice(DETAILS).format(n=rng.randint(2, 900))
    return f"{rng.choice(SUBJECTS)} {rng.choice(PLACES)} {rng.choice(ACTIONS)} {detail}."


class Command(BaseCommand):
    help = "Sinh N tin bài mẫu (cho đo hiệu năng), rồi dựng lại chỉ mục tìm kiếm. Không dùng cho trang thật."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, required=True)
        parser.add_argument("--seed", type=int, default=2024)

    def handle(self, *args, pages, seed, **options):
        if pages < 1:
            raise CommandError("--pages phải lớn hơn 0.")
        chapters = list(ChapterPage.objects.filter(kind="district").live())
        categories = list(NewsCategory.objects.all())
        if not chapters:
            raise CommandError("Chưa có chi hội: chạy load_demo trước.")
        rng = random.Random(seed)
        started = time.perf_counter()
        no_auto_index = {"default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}}
        with override_settings(WAGTAILSEARCH_BACKENDS=no_auto_index):  # indexed in bulk below
            for start in range(0, pages, 500):
                with transaction.atomic():
                    for i in range(start, min(start + 500, pages)):
                        self.create_page(rng, rng.choice(chapters), rng.choice(categories), i)
                self.stdout.write(f"  {min(start + 500, pages)}/{pages} trang")
        created_in = time.perf_counter() - started
        started = time.perf_counter()
        entries = sync.rebuild()
        indexed_in = time.perf_counter() - started
        self.stdout.write(f"Tạo {pages} trang: {created_in:.1f} s; dựng chỉ mục ({entries} mục): {indexed_in:.1f} s")

    def create_page(self, rng, chapter, category, i):
        day = date(2016, 1, 1) + timedelta(days=rng.randint(0, 3600))
        topic = rng.choice(TOPICS)
        title = f"{rng.choice(PLACES)}: {rng.choice(ACTIONS)} ({topic}, {i})"
        body = [
            {"type": "paragraph", "value": "<p>" + " ".join(sentence(rng) for _ in range(4)) + "</p>"}
            for _ in range(rng.randint(2, 5))
        ]
        page = NewsPage(
            title=title,
            slug=f"tin-mau-{i}",
            kind=rng.choice(["tin", "bai"]),
            date=day,
            category=category,
            summary=sentence(rng),
            body=body,
            live=True,
            first_published_at=timezone.now(),
        )
        chapter.add_child(instance=page)
