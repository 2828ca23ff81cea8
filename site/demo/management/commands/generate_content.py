"""An archive at scale for the benchmarks (``demo.generated``): N pages added in bulk to a Site
that has the demo's sections, then the search index rebuilt. Not for a real site."""

import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Site

from demo.generated import Generator
from sitesearch import sync


class Command(BaseCommand):
    help = "Sinh N trang mẫu (tin bài, chi hội xã, bản tin) cho đo hiệu năng, rồi dựng lại chỉ mục tìm kiếm."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, required=True)
        parser.add_argument("--seed", type=int, default=2024)
        parser.add_argument("--site", default="", help="Tên máy chủ của trang (mặc định: trang mặc định)")
        parser.add_argument("--no-index", action="store_true", help="Không dựng lại chỉ mục tìm kiếm")

    def handle(self, *args, pages, seed, site, no_index, **options):
        if pages < 1:
            raise CommandError("--pages phải lớn hơn 0.")
        chosen = (
            Site.objects.filter(hostname=site).first() if site else Site.objects.filter(is_default_site=True).first()
        )
        if chosen is None:
            raise CommandError("Không có trang nào như vậy: chạy load_demo trước, hoặc kiểm tra --site.")
        clock = Clock()
        with transaction.atomic():
            made = Generator(chosen, random.Random(seed)).run(pages)
        counts = ", ".join(f"{n} {name}" for name, n in made.items())
        self.stdout.write(f"Tạo {sum(made.values())} trang ({counts}): {clock.lap()}")
        if no_index:
            return
        entries = sync.rebuild()
        self.stdout.write(f"Dựng chỉ mục ({entries} mục): {clock.lap()}")


class Clock:
    """Wall time and this process's CPU time (on a shared machine the two differ a lot)."""

    def __init__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> str:
        wall, cpu = time.perf_counter(), time.process_time()
        text = f"{wall - self.wall:.1f} s (CPU của tiến trình {cpu - self.cpu:.1f} s)"
        self.wall, self.cpu = wall, cpu
        return text
