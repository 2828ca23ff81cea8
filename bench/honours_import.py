"""Importing an honour roll of 50,000 rows, as a board member does it in the admin.

A generated workbook of Vietnamese names, with rows of every kind of error (missing name,
impossible year, unreadable amount, unknown and ambiguous chapter, birth after the award,
unknown kind, bad quantity), duplicates inside the file and duplicates of records already in
the roll, goes through the admin's own steps (``honours.importing.jobs``): upload (read, columns
guessed), dry run, import; then the search index is brought up to date once. Prints each
step's time and the counts, and checks the counts against what was generated.

Usage:
    .venv/bin/python bench/honours_import.py [--rows 50000]
        a fresh SQLite database in a temporary folder (migrated first; not timed)
    .venv/bin/python bench/honours_import.py --database-url postgres://postgres@127.0.0.1:5432/khuyenhoc_bench
        another database, migrated first; a throwaway one: the bench's Site and records stay in it
"""
# ruff: noqa: E402  (the database is chosen from the arguments before Django is set up)

import argparse
import io
import os
import random
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--database-url", help="a throwaway database; default: a fresh temporary SQLite database")
    parser.add_argument("--skip-index", action="store_true", help="leave out the search index's update")
    return parser.parse_args()


ARGS = parse_args()
FRESH_FOLDER = None if ARGS.database_url else Path(tempfile.mkdtemp(prefix="khuyenhoc-bench-"))
os.environ["DATABASE_URL"] = ARGS.database_url or f"sqlite:///{FRESH_FOLDER / 'bench.sqlite3'}"
os.environ["DEBUG"] = "false"

import _django  # noqa: F401  (sets up Django)
from django.core.management import call_command
from django.db import connection
from openpyxl import Workbook
from wagtail.models import Page, Site

from chapters.models import ChapterIndexPage, ChapterKind, ChapterPage
from home.models import HomePage
from honours.importing import indexing, jobs
from honours.importing.run import joined_school_class
from honours.models import HonourRecord, HonourRollPage
from honours.models_import import HonourImport, ImportStatus

ERROR_KINDS = [
    ("missing name", {"Họ và tên": ""}, "Thiếu họ và tên."),
    ("impossible year", {"Năm": 20233}, "Năm 20233 không hợp lệ"),
    ("unreadable amount", {"Số tiền": "hai triệu rưỡi"}, "không đọc được"),
    ("unknown chapter", {"Chi hội": "Hội Khuyến học xã Không Có"}, "Không có chi hội"),
    ("ambiguous chapter", {"Chi hội": "Phường 1"}, "trùng tên với nhiều chi hội"),
    ("born after the award", {"Năm": 2020, "Năm sinh": 2022}, "sau năm vinh danh"),
    ("unknown kind", {"Loại": "Hộ nghèo"}, "không rõ"),
    ("bad quantity", {"Số suất": "nhiều"}, "Số suất"),
]
HEADERS = [
    "STT",
    "Họ và tên",
    "Loại",
    "Năm sinh",
    "Lớp",
    "Trường",
    "Hình thức",
    "Chương trình",
    "Năm",
    "Số tiền",
    "Số suất",
    "Chi hội",
    "Đã thành niên",
    "Ghi chú",
]
FAMILY = "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lò Quàng Cầm Tòng Lường Điêu Hà Vì Mùa Sùng Giàng"
MIDDLE = "Văn Thị Đức Minh Thanh Ngọc Quang Thu Hồng Xuân Hữu Kim Bảo Gia"
GIVEN = (
    "An Bình Chi Dũng Giang Hà Hải Hằng Hiếu Hoa Hùng Hương Khánh Lan Linh Long Mai Minh Nam Nga Ngọc Nhung "
    "Phong Phúc Quân Sơn Tâm Thảo Trang Tuấn Tú Vân Việt Yến"
)
SCHOOLS = ["THCS Chiềng Pấc", "THCS Tô Hiệu", "THPT Chiềng Sinh", "THPT Thuận Châu", "Tiểu học Mường Giàng"]
PROGRAMMES = ["Học bổng Tô Hiệu", "Tiếp sức mùa thi", "Nuôi em khuyến học"]
CHAPTERS = ["Thuận Châu", "Sông Mã", "Mai Sơn", "Mường La", "Quỳnh Nhai", "Hội Khuyến học xã Chiềng Pấc"]
AMOUNT_STYLES = [
    lambda n: n,
    lambda n: f"{n:,}".replace(",", "."),
    lambda n: f"{n:,} đ".replace(",", "."),
    lambda n: f"{n:,}",
    lambda n: f"{n:,}đ".replace(",", "."),
    lambda n: f"{n // 1_000_000} triệu" if n % 1_000_000 == 0 else f"{n / 1_000_000:.1f} triệu".replace(".", ","),
    lambda n: float(n),
]
EXISTING = 200  # rows of the file already in the roll
IN_FILE_DUPLICATES = 300
PER_ERROR_KIND = 100


def unique_name(index: int) -> str:
    """The index-th of 26 × 14 × 14 × 34 four-word names, so that no two generated rows clash."""
    family, middle, given = FAMILY.split(), MIDDLE.split(), GIVEN.split()
    index, g = divmod(index * 7919 % (len(family) * len(middle) ** 2 * len(given)), len(given))
    index, m2 = divmod(index, len(middle))
    f, m1 = divmod(index, len(middle))
    return f"{family[f]} {middle[m1]} {middle[m2]} {given[g]}"


def person_row(rng: random.Random, index: int) -> dict:
    year = rng.choice([2022, 2023, 2024])
    adult = index % 9 == 0
    amount = rng.choice([500_000, 1_000_000, 1_500_000, 2_000_000, 3_000_000])
    return {
        "STT": index + 1,
        "Họ và tên": unique_name(index),
        "Loại": "Cá nhân" if index % 3 else "",
        "Năm sinh": year - rng.randint(19, 24) if adult else year - rng.randint(7, 17),
        "Lớp": "" if adult else f"{rng.randint(1, 12)}{rng.choice('ABCD')}",
        "Trường": "Đại học Tây Bắc" if adult else rng.choice(SCHOOLS),
        "Hình thức": "Học bổng",
        "Chương trình": rng.choice(PROGRAMMES),
        "Năm": year,
        "Số tiền": AMOUNT_STYLES[index % len(AMOUNT_STYLES)](amount),
        "Số suất": 1 if index % 10 else "2 suất",
        "Chi hội": rng.choice(CHAPTERS),
        "Đã thành niên": "x" if adult else "",
        "Ghi chú": "",
    }


def generate(total: int, seed: int = 14) -> tuple[list[dict], list[dict]]:
    """(the file's rows, the rows already in the roll): valid unique rows, rows of each kind of
    error, and copies of valid rows (the name in capitals), shuffled."""
    rng = random.Random(seed)
    unique = total - PER_ERROR_KIND * len(ERROR_KINDS) - IN_FILE_DUPLICATES
    valid = [person_row(rng, index) for index in range(unique)]
    errors = []
    for kind, (_name, changes, _reason) in enumerate(ERROR_KINDS):
        for copy in range(PER_ERROR_KIND):
            errors.append({**person_row(rng, unique + kind * PER_ERROR_KIND + copy), **changes})
    picked = rng.sample(valid, IN_FILE_DUPLICATES + EXISTING)
    copies = [{**row, "Họ và tên": row["Họ và tên"].upper()} for row in picked[:IN_FILE_DUPLICATES]]
    rows = valid + errors + copies
    rng.shuffle(rows)
    return rows, picked[IN_FILE_DUPLICATES:]


def workbook_bytes(rows: list[dict]) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Danh sách")
    sheet.append(["DANH SÁCH HỌC SINH, SINH VIÊN ĐƯỢC VINH DANH"])
    sheet.append(HEADERS)
    for row in rows:
        sheet.append([row[header] for header in HEADERS])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def build_roll() -> HonourRollPage:
    """A Site of its own, with chapters (two called "Phường 1") and an empty roll."""
    number = Site.objects.count()
    home = HomePage(title=f"Hội Khuyến học thử tải {number}", slug=f"thu-tai-{number}")
    home = Page.get_first_root_node().add_child(instance=home)
    Site.objects.create(hostname=f"thu-tai-{number}.localhost", port=80, root_page=home, site_name=home.title)
    index = home.add_child(instance=ChapterIndexPage(title="Tổ chức hội", slug="to-chuc-hoi"))
    districts = []
    for name in ["Thuận Châu", "Sông Mã", "Mai Sơn", "Mường La", "Quỳnh Nhai"]:
        page = ChapterPage(title=f"Hội Khuyến học huyện {name}", short_name=name, kind=ChapterKind.DISTRICT)
        districts.append(index.add_child(instance=page))
    districts[0].add_child(
        instance=ChapterPage(title="Hội Khuyến học xã Chiềng Pấc", short_name="Chiềng Pấc", kind=ChapterKind.COMMUNE)
    )
    for district in districts[:2]:  # two "Phường 1": a row naming only that is ambiguous
        ward = ChapterPage(title="Hội Khuyến học Phường 1", short_name="Phường 1", kind=ChapterKind.COMMUNE)
        district.add_child(instance=ward)
    return home.add_child(instance=HonourRollPage(title="Vinh danh khuyến học 2022–2024", slug="vinh-danh"))


def add_existing(roll, rows: list[dict]) -> None:
    HonourRecord.objects.bulk_create(
        HonourRecord(
            roll=roll,
            recipient_name=row["Họ và tên"],
            award=row["Hình thức"],
            year=row["Năm"],
            school_class=joined_school_class("", row["Lớp"], row["Trường"]),
        )
        for row in rows
    )


@contextmanager
def timed(timings: dict, step: str):
    """(wall, CPU) seconds of a step: on a machine shared with other work the wall time includes the waits."""
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    timings[step] = (time.perf_counter() - wall, time.process_time() - cpu)


def main():
    if FRESH_FOLDER:
        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        print(f"fresh SQLite database migrated in {time.perf_counter() - started:.0f} s (not counted)")
    else:
        call_command("migrate", verbosity=0)
    roll = build_roll()
    started = time.perf_counter()
    rows, existing = generate(ARGS.rows)
    data = workbook_bytes(rows)
    add_existing(roll, existing)
    print(f"workbook: {len(rows):,} rows, {len(data) / 1e6:.1f} MB, made in {time.perf_counter() - started:.1f} s")
    print(f"database: {connection.vendor}")

    timings = {}
    with timed(timings, "upload (read, columns guessed)"):
        job = jobs.create_job(roll, None, "vinh-danh-50000.xlsx", data)
    jobs.claim(job, ImportStatus.CHECKING, allowed=(ImportStatus.MAPPING,))
    with timed(timings, "dry run (report)"):
        jobs.check(job)
    job.refresh_from_db()
    assert job.status == ImportStatus.CHECKED, job.error
    jobs.claim(job, ImportStatus.IMPORTING, allowed=(ImportStatus.CHECKED,))
    with timed(timings, "import (rows again, then one transaction)"):
        report = jobs.run(job)
    job.refresh_from_db()
    assert report is not None and job.status == ImportStatus.DONE, job.error
    if not ARGS.skip_index:
        with timed(timings, "search index once after (a background task)"):
            indexed = indexing.index_roll(roll)
        print(f"indexed {indexed:,} records")

    print(f"{'':46} {'wall':>7} {'CPU':>7}   (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    for step, (wall, cpu) in timings.items():
        print(f"{step:46} {wall:6.1f}s {cpu:6.1f}s")
    first_three = list(timings.values())[:3]
    total = (sum(wall for wall, _cpu in first_three), sum(cpu for _wall, cpu in first_three))
    print(f"{'upload + dry run + import':46} {total[0]:6.1f}s {total[1]:6.1f}s")
    print(
        f"rows {report.total:,}: saved {report.saved:,}, rejected {len(report.rejected):,}, "
        f"duplicates {len(report.duplicates):,} (skipped); records in the roll {roll.records.count():,} "
        f"({len(existing)} there before)"
    )
    by_reason = {name: 0 for name, _changes, _reason in ERROR_KINDS}
    for _row, reasons in report.rejected:
        name = next(name for name, _changes, reason in ERROR_KINDS if reason in reasons)
        by_reason[name] += 1
    print("rejected by reason: " + ", ".join(f"{name} {count}" for name, count in by_reason.items()))
    print(f"e.g. row {report.rejected[0][0]}: {report.rejected[0][1]}")
    print(f"e.g. row {report.duplicates[0][0]}: {report.duplicate_reasons()[0][1]}")
    errors = PER_ERROR_KIND * len(ERROR_KINDS)
    assert (report.total, len(report.rejected)) == (ARGS.rows, errors)
    assert len(report.duplicates) == IN_FILE_DUPLICATES + EXISTING
    assert report.saved == ARGS.rows - errors - IN_FILE_DUPLICATES - EXISTING
    assert all(count == PER_ERROR_KIND for count in by_reason.values()), by_reason
    assert HonourImport.objects.get(pk=job.pk).file_data == b""
    print("counts as generated: OK")


if __name__ == "__main__":
    try:
        main()
    finally:
        if FRESH_FOLDER:
            shutil.rmtree(FRESH_FOLDER, ignore_errors=True)
