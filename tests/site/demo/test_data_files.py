"""The demo's data files are checked before anything is written: a bad one is reported with its
file and line. Small files in a tmp dir, and a copy of the real folder with one file broken."""

import re
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from demo.load import chapters, documents, events, honours, news
from demo.load.files import DATA_DIR, DataError, Source, read_markdown
from demo.loader import read_demo

REFS = {
    "category": {"hoat-dong-hoi"},
    "learning_model": {"cong-dan"},
    "picture": {"Núi đồi Sơn La"},
    "legal_document": {"1373/QĐ-TTg"},
    "chapter": {"thuan-chau"},
}
NEWS = """+++
title = "Một tin"
kind = "tin"
category = "hoat-dong-hoi"
months_ago = 1
day = 5
author = "Ban Biên tập"
picture = "Núi đồi Sơn La"
summary = "Tóm tắt."
+++

Đoạn một,
viết trên hai dòng.

Đoạn hai.
"""
EVENT = """+++
slug = "thang-khuyen-hoc-{year}"
title = "Tháng Khuyến học năm {year}"
kind = "thang-khuyen-hoc"
every_year = "09-01"
occurrence = "previous"
days = 30
venue = "Các cấp Hội"
address = "Tỉnh Sơn La"
picture = "Núi đồi Sơn La"
summary = "Tóm tắt."
+++

Nội dung.
"""
ROLL = """slug = "hoc-bong-2023"
title = "Học bổng năm 2023"

[[record]]
recipient = "Học sinh lớp 12"
recipient_kind = "tap-the"
award = "Học bổng"
year = 2023

[[record]]
recipient = "Hai trường học"
recipient_kind = "tap-the"
award = "Hỗ trợ trường học"
year = 2023
chapter = "thuan-chau"
adult = true
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def error_of(call) -> DataError:
    with pytest.raises(DataError) as caught:
        call()
    return caught.value


def line_number(path: Path, starts_with: str) -> int:
    return next(n for n, line in enumerate(path.read_text().split("\n"), 1) if line.startswith(starts_with))


# -- files that pass --------------------------------------------------------------


def test_a_news_file_reads_with_its_defaults_and_joined_lines(tmp_path):
    write(tmp_path, "news/01-tin.md", NEWS)
    [item] = news.read(tmp_path, REFS, [])
    assert item.document.data["featured"] is False
    assert item.document.data["chapter"] is None
    assert item.document.paragraphs == ["Đoạn một, viết trên hai dòng.", "Đoạn hai."]


def test_an_honour_roll_reads_its_records(tmp_path):
    write(tmp_path, "honours/01-roll.toml", ROLL)
    [roll] = honours.read(tmp_path, REFS)
    first, second = roll.data["record"]
    assert (first["adult"], first["quantity"], first["chapter"]) == (False, 1, None)
    assert (second["adult"], second["chapter"]) == (True, "thuan-chau")


def test_a_yearly_event_with_its_words(tmp_path):
    write(tmp_path, "events/01-thang.md", EVENT)
    [event] = events.read(tmp_path, REFS)
    assert event.data["every_year"] == "09-01"


# -- files that do not --------------------------------------------------------------


def test_broken_toml_names_the_file_and_line(tmp_path):
    path = write(tmp_path, "chapters/chapters.toml", '[[chapter]]\nkey = "a"\nkind = "district\ntitle = "A"\n')
    error = error_of(lambda: chapters.read(tmp_path, set()))
    assert (error.path, error.line) == (path, 3)
    assert str(error).startswith(f"{path}:3: TOML không hợp lệ")


def test_broken_front_matter_counts_lines_from_the_top_of_the_file(tmp_path):
    path = write(tmp_path, "news/01-tin.md", NEWS.replace("day = 5", "day = 5 5"))
    error = error_of(lambda: news.read(tmp_path, REFS, []))
    assert (error.path, error.line) == (path, line_number(path, "day = "))


def test_a_missing_required_key_names_the_file(tmp_path):
    path = write(tmp_path, "news/01-tin.md", NEWS.replace('kind = "tin"\n', ""))
    error = error_of(lambda: news.read(tmp_path, REFS, []))
    assert error.path == path
    assert error.line == 2  # the front matter's first line
    assert "thiếu khóa bắt buộc “kind”" in error.message


def test_a_missing_key_in_a_record_names_the_record(tmp_path):
    path = write(tmp_path, "honours/01-roll.toml", ROLL.replace('award = "Hỗ trợ trường học"\n', ""))
    error = error_of(lambda: honours.read(tmp_path, REFS))
    second_record = [n for n, line in enumerate(path.read_text().split("\n"), 1) if line == "[[record]]"][1]
    assert (error.path, error.line) == (path, second_record)
    assert "“award”" in error.message


def test_a_bad_chapter_reference_points_at_its_line(tmp_path):
    path = write(tmp_path, "honours/01-roll.toml", ROLL.replace('chapter = "thuan-chau"', 'chapter = "khong-co"'))
    error = error_of(lambda: honours.read(tmp_path, REFS))
    assert (error.path, error.line) == (path, line_number(path, "chapter = "))
    assert "record[1].chapter" in error.message and "khong-co" in error.message


def test_a_bad_category_and_a_value_not_allowed(tmp_path):
    path = write(tmp_path, "news/01-tin.md", NEWS.replace('"hoat-dong-hoi"', '"khong-co"'))
    assert error_of(lambda: news.read(tmp_path, REFS, [])).line == line_number(path, "category = ")
    write(tmp_path, "news/01-tin.md", NEWS.replace('kind = "tin"', 'kind = "tin-ngan"'))
    assert "không thuộc các giá trị cho phép: 'tin', 'bai'" in error_of(lambda: news.read(tmp_path, REFS, [])).message


def test_a_misspelt_key_is_not_ignored(tmp_path):
    path = write(tmp_path, "news/01-tin.md", NEWS.replace("day = 5", "day = 5\nfeaturd = true"))
    error = error_of(lambda: news.read(tmp_path, REFS, []))
    assert (error.line, "featurd" in error.message) == (line_number(path, "featurd"), True)


def test_a_wrong_type(tmp_path):
    write(tmp_path, "news/01-tin.md", NEWS.replace("months_ago = 1", 'months_ago = "1"'))
    assert "phải là một số nguyên" in error_of(lambda: news.read(tmp_path, REFS, [])).message


def test_an_event_has_one_date_and_known_words(tmp_path):
    path = write(tmp_path, "events/01-thang.md", EVENT.replace('every_year = "09-01"', "date = 2024-09-01"))
    assert "occurrence" in error_of(lambda: events.read(tmp_path, REFS)).message
    write(tmp_path, "events/01-thang.md", EVENT.replace("kind =", "days_from_today = 3\nkind ="))
    assert "đúng một trong các khóa ngày" in error_of(lambda: events.read(tmp_path, REFS)).message
    write(tmp_path, "events/01-thang.md", EVENT.replace("Nội dung.", "Lần thứ {lan}."))
    error = error_of(lambda: events.read(tmp_path, REFS))
    assert (error.line, "{lan}" in error.message) == (line_number(path, "Lần thứ"), True)


def test_a_legal_basis_must_be_in_the_register(tmp_path):
    plan = '+++\nkind = "plan"\nslug = "ke-hoach"\ntitle = "Kế hoạch"\nissuing_body = "HỘI"\nsummary = "S."\n'
    path = write(tmp_path, "documents/01-ke-hoach.md", plan + 'legal_bases = ["1373/QĐ-TTg", "999/QĐ-TTg"]\n+++\n')
    error = error_of(lambda: documents.read(tmp_path, REFS))
    assert (error.path, error.line, "legal_bases[1]" in error.message) == (path, line_number(path, "legal_bases"), True)


def test_a_bad_block_in_a_plan_names_its_line(tmp_path):
    plan = '+++\nkind = "plan"\nslug = "ke-hoach"\ntitle = "Kế hoạch"\nissuing_body = "HỘI"\nsummary = "S."\n+++\n'
    body = '\n## I. MỤC ĐÍCH\n\n```task\ncontent = "1. Việc"\nstatus = "xong"\n```\n'
    path = write(tmp_path, "documents/01-ke-hoach.md", plan + body)
    error = error_of(lambda: documents.read(tmp_path, REFS))
    assert (error.line, "status" in error.message) == (line_number(path, "status = "), True)


def test_a_translation_has_a_paragraph_for_each(tmp_path):
    write(tmp_path, "news/01-tin.md", NEWS)
    path = write(tmp_path, "news/01-tin.en.md", '+++\ntitle = "A news item"\n+++\n\nOne paragraph only.\n')
    error = error_of(lambda: news.read(tmp_path, REFS, ["en"]))
    assert (error.path, "bản dịch có 1 đoạn" in error.message) == (path, True)


def test_two_files_for_the_same_page(tmp_path):
    write(tmp_path, "news/01-tin.md", NEWS)
    copy = write(tmp_path, "news/02-tin.md", NEWS)
    error = error_of(lambda: news.read(tmp_path, REFS, []))
    assert (error.path, error.line, "01-tin.md" in error.message) == (copy, 2, True)


def test_a_key_inside_an_inline_table_of_a_list():
    text = 'title = "Bảng"\nitems = [\n  { label = "A", value = 1 },\n  { label = "B", value = "x" },\n]\n'
    assert Source(Path("x.toml"), text, first_line=10).line_of(("items", 1, "value")) == 13


def test_a_markdown_file_needs_its_front_matter(tmp_path):
    path = write(tmp_path, "a.md", "Chỉ có nội dung.\n")
    assert error_of(lambda: read_markdown(path)).line == 1


# -- the real folder ---------------------------------------------------------------


@pytest.mark.django_db
def test_the_demo_data_reads():
    data = read_demo()
    assert [site.key for site in data.sites] == ["sonla", "soctrang"]
    assert data.default_site == "sonla"


@pytest.mark.django_db
def test_load_demo_stops_on_a_bad_file_before_writing_anything(tmp_path, settings, monkeypatch):
    settings.DEBUG = True
    data = shutil.copytree(DATA_DIR, tmp_path / "data")
    path = next((data / "sonla" / "news").glob("1*.md"))
    path.write_text(re.sub(r'category = ".*"', 'category = "khong-co"', path.read_text()), encoding="utf-8")
    monkeypatch.setattr("demo.loader.DATA_DIR", data)
    counts = {model: model.objects.count() for model in apps.get_models() if model._meta.managed}
    with pytest.raises(CommandError) as error:
        call_command("load_demo", stdout=StringIO())
    assert f"{path}:{line_number(path, 'category = ')}:" in str(error.value)
    assert {model: model.objects.count() for model in apps.get_models() if model._meta.managed} == counts


def test_product_code_never_reads_the_seeds():
    root = Path(__file__).resolve().parents[3]
    for path in (root / "site").rglob("*.py"):
        assert "shared/seeds" not in path.read_text(encoding="utf-8"), path
