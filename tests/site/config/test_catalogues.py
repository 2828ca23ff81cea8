"""Translation catalogues: compiled without GNU gettext, English complete, Thái and Mông
falling back to Vietnamese, and the Wagtail admin in Vietnamese."""

import gettext
import io
import os
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import CommandError, call_command
from django.template import Context, Template
from django.utils import translation

from core.management.commands.compile_catalogues import project_locale_dirs
from tests.factories import BoardMemberFactory, SiteFactory, http_host

LOCALE = Path(settings.BASE_DIR) / "locale"
ADMIN_VI = Path(settings.BASE_DIR) / "site" / "admin_vi" / "locale" / "vi" / "LC_MESSAGES"
SITE_LANGUAGES = ("vi", "en", "blt", "hmn")
HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'


def catalogue(path):
    with path.open("rb") as handle:
        return read_po(handle)


def strings(message):
    return list(message.string) if isinstance(message.string, (list, tuple)) else [message.string]


def project_catalogues():
    return sorted(po for root in project_locale_dirs() for po in root.glob("*/LC_MESSAGES/*.po"))


# --- compiling --------------------------------------------------------------------------


def test_the_project_catalogues_are_found():
    found = set(project_catalogues())
    expected = {LOCALE / lang / "LC_MESSAGES" / "django.po" for lang in SITE_LANGUAGES}
    expected |= {ADMIN_VI / "django.po", ADMIN_VI / "djangojs.po"}
    assert expected <= found
    # never the catalogues of installed packages
    assert not any(".venv" in po.parts or "site-packages" in po.parts for po in found)


def test_every_catalogue_compiles_to_a_loadable_mo(tmp_path):
    copies = []
    for index, po in enumerate(project_catalogues()):
        copy = tmp_path / str(index) / po.parent.parent.name / "LC_MESSAGES" / po.name
        copy.parent.mkdir(parents=True)
        shutil.copy(po, copy)
        copies.append((po, copy))
    out = io.StringIO()
    call_command("compile_catalogues", str(tmp_path), stdout=out)
    assert f"Đã biên dịch {len(copies)} tệp dịch" in out.getvalue()
    for po, copy in copies:
        with copy.with_suffix(".mo").open("rb") as handle:
            compiled = gettext.GNUTranslations(handle)
        translated = [m for m in catalogue(po) if m.id and any(strings(m)) and not m.fuzzy]
        # one entry per translated message (one per plural form), plus the header
        assert len(compiled._catalog) == 1 + sum(len(strings(m)) for m in translated), po
        assert "nplurals=" in compiled.info().get("plural-forms", ""), po


def test_the_thai_and_hmong_catalogues_keep_their_plural_forms(tmp_path):
    """Babel does not know blt or hmn: their .mo must still say nplurals=1."""
    for lang in ("blt", "hmn"):
        (tmp_path / lang / "LC_MESSAGES").mkdir(parents=True)
        shutil.copy(LOCALE / lang / "LC_MESSAGES" / "django.po", tmp_path / lang / "LC_MESSAGES")
    call_command("compile_catalogues", str(tmp_path), stdout=io.StringIO())
    for lang in ("blt", "hmn"):
        with (tmp_path / lang / "LC_MESSAGES" / "django.mo").open("rb") as handle:
            info = gettext.GNUTranslations(handle).info()
        assert info["language"] == lang
        assert info["plural-forms"] == "nplurals=1; plural=0;"


def test_up_to_date_catalogues_are_skipped(tmp_path):
    po = tmp_path / "en" / "LC_MESSAGES" / "django.po"
    po.parent.mkdir(parents=True)
    po.write_text(HEADER + 'msgid "Trang chủ"\nmsgstr "Home"\n', encoding="utf-8")
    call_command("compile_catalogues", str(tmp_path), stdout=io.StringIO())
    mo = po.with_suffix(".mo")
    first = mo.stat().st_mtime_ns

    out = io.StringIO()
    call_command("compile_catalogues", str(tmp_path), stdout=out)
    assert "Đã biên dịch 0 tệp dịch, 1 tệp đã mới." in out.getvalue()
    assert mo.stat().st_mtime_ns == first

    po.write_text(HEADER + 'msgid "Trang chủ"\nmsgstr "Home page"\n', encoding="utf-8")
    later = first + 10**9
    os.utime(po, ns=(later, later))
    call_command("compile_catalogues", str(tmp_path), stdout=io.StringIO())
    with mo.open("rb") as handle:
        assert gettext.GNUTranslations(handle).gettext("Trang chủ") == "Home page"


@pytest.mark.parametrize(
    "body, reason",
    [
        ('msgid "Trang chủ\nmsgstr "Home"\n', "dòng 6"),  # unclosed quote
        ('msgid "Trang chủ"\nmsgstr "Home"\nnonsense here\n', "nonsense here"),
        ('#, python-format\nmsgid "Số %(n)s"\nmsgstr "Issue %(number)s"\n', "number"),
        (
            '#, python-format\nmsgid "%(n)s tin"\nmsgid_plural "%(n)s tin"\nmsgstr[0] "%(n)s item"\nmsgstr[1] ""\n',
            "dạng số nhiều",
        ),
    ],
)
def test_a_broken_catalogue_fails_with_a_clear_message(tmp_path, body, reason):
    po = tmp_path / "en" / "LC_MESSAGES" / "django.po"
    po.parent.mkdir(parents=True)
    po.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("compile_catalogues", str(tmp_path), stdout=io.StringIO())
    assert str(po) in str(error.value)
    assert reason in str(error.value)
    assert not po.with_suffix(".mo").exists()


def test_a_catalogue_that_is_not_utf8_is_refused(tmp_path):
    po = tmp_path / "en" / "LC_MESSAGES" / "django.po"
    po.parent.mkdir(parents=True)
    po.write_bytes(HEADER.encode() + b'msgid "Trang ch\xf9"\nmsgstr "Home"\n')  # Windows-1258, not UTF-8
    with pytest.raises(CommandError, match="UTF-8"):
        call_command("compile_catalogues", str(tmp_path), stdout=io.StringIO())


# --- the site's catalogues --------------------------------------------------------------


def test_the_english_catalogue_is_complete():
    english = catalogue(LOCALE / "en" / "LC_MESSAGES" / "django.po")
    messages = [m for m in english if m.id]
    assert len(messages) > 300
    assert not english.fuzzy
    assert [m.id for m in messages if m.fuzzy] == []
    assert [m.id for m in messages if not all(strings(m))] == []
    assert english.num_plurals == 2


def test_every_language_has_the_same_msgids():
    ids = {
        lang: {
            (m.context, m.id if isinstance(m.id, str) else tuple(m.id))
            for m in catalogue(LOCALE / lang / "LC_MESSAGES" / "django.po")
            if m.id
        }
        for lang in SITE_LANGUAGES
    }
    assert ids["vi"] == ids["en"] == ids["blt"] == ids["hmn"]


@pytest.mark.parametrize("lang", ["vi", "blt", "hmn"])
def test_vietnamese_thai_and_hmong_catalogues_are_empty_and_singular(lang):
    po = catalogue(LOCALE / lang / "LC_MESSAGES" / "django.po")
    assert po.locale_identifier == lang
    assert po.plural_forms == "nplurals=1; plural=0;"
    assert [m.id for m in po if m.id and any(strings(m))] == []


def test_english_renders_english():
    template = Template(
        '{% load i18n %}{% translate "Trang chủ" %} | {% blocktranslate count n=count %}{{ n }} tin bài{% plural %}{{ n }} tin bài{% endblocktranslate %}'
    )
    with translation.override("en"):
        assert template.render(Context({"count": 1})) == "Home | 1 news item"
        assert template.render(Context({"count": 3})) == "Home | 3 news items"
        assert translation.gettext("Bản tin") == "Bulletin"
    with translation.override("vi"):
        assert template.render(Context({"count": 3})) == "Trang chủ | 3 tin bài"


@pytest.mark.django_db
def test_an_english_request_gets_the_english_interface(client):
    html = client.get("/en/tim-kiem/", HTTP_HOST=http_host(SiteFactory())).text
    with translation.override("en"):
        english = translation.gettext("Bỏ qua, tới nội dung chính")
    assert english == "Skip to main content"
    assert english in html
    assert "Bỏ qua, tới nội dung chính" not in html


@pytest.mark.parametrize("lang", ["blt", "hmn"])
def test_thai_and_hmong_load_and_fall_back_to_vietnamese(lang):
    assert translation.check_for_language(lang)  # a compiled catalogue exists
    with translation.override(lang):
        assert translation.get_language() == lang
        assert translation.gettext("Trang chủ") == "Trang chủ"
        assert translation.ngettext("%(n)s tin bài", "%(n)s tin bài", 5) % {"n": 5} == "5 tin bài"
        # Wagtail's strings fall back to the admin's Vietnamese, not to English
        assert translation.gettext("Pages") == "Trang"


# --- the Wagtail admin in Vietnamese ----------------------------------------------------


ADMIN_STRINGS = {  # Wagtail's msgid: what a Vietnamese editor reads
    "Dashboard": "Bảng điều khiển",
    "Pages": "Trang",
    "Log out": "Đăng xuất",
    "Save draft": "Lưu bản nháp",
    "Publish": "Xuất bản",
    "Unpublish": "Ngừng xuất bản",
    "Images": "Hình ảnh",
    "Documents": "Tài liệu",
    "Snippets": "Đoạn dùng chung",
    "Reports": "Báo cáo",
    "Settings": "Cài đặt",
    "Workflows": "Quy trình duyệt",
    "Approve": "Duyệt",
    "Request changes": "Yêu cầu sửa",
    "Translate": "Dịch",
    "Sync translated pages": "Đồng bộ các trang đã dịch",
    "This field is required.": "Trường này là bắt buộc.",
}


def test_wagtail_strings_are_vietnamese():
    with translation.override("vi"):
        assert {msgid: translation.gettext(msgid) for msgid in ADMIN_STRINGS} == ADMIN_STRINGS
        assert translation.ngettext("1 page", "%(counter)s pages", 4) % {"counter": 4} == "4 trang"
        assert (
            translation.gettext("Submit to %(workflow_name)s") % {"workflow_name": "Bài cơ sở gửi"}
            == "Gửi vào quy trình Bài cơ sở gửi"
        )


def test_the_admin_catalogue_covers_wagtail_admin_and_core():
    """Every msgid of Wagtail's admin and core catalogues has a Vietnamese translation."""
    import wagtail

    ours = {m.id if isinstance(m.id, str) else tuple(m.id): m for m in catalogue(ADMIN_VI / "django.po") if m.id}
    root = Path(wagtail.__file__).parent
    for source in (root / "admin/locale/en/LC_MESSAGES/django.po", root / "locale/en/LC_MESSAGES/django.po"):
        for message in catalogue(source):
            if not message.id:
                continue
            key = message.id if isinstance(message.id, str) else tuple(message.id)
            assert key in ours and all(strings(ours[key])), message.id


def decoded(html):
    """The page's text, with JSON's \\uXXXX escapes (the sidebar's props, the JS catalogue) undone."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda match: chr(int(match.group(1), 16)), html)


@pytest.mark.django_db
def test_the_admin_login_page_is_vietnamese(client):
    html = client.get("/quan-tri/login/").content.decode()
    for english, vietnamese in [
        ("Sign in to Wagtail", "Đăng nhập vào Wagtail"),
        ("Forgotten password?", "Quên mật khẩu?"),
        ("Remember me", "Ghi nhớ đăng nhập"),
    ]:
        assert vietnamese in html
        assert english not in html


def dashboard(client, editor):
    client.force_login(editor)
    response = client.get("/quan-tri/")
    assert response.status_code == 200
    return decoded(response.content.decode())


SIDEBAR = ("Pages", "Images", "Documents", "Snippets", "Reports", "Settings", "Help", "Log out")


@pytest.mark.django_db
def test_the_admin_dashboard_is_vietnamese_for_a_vietnamese_editor(client):
    html = dashboard(client, BoardMemberFactory())
    assert '<html lang="vi"' in html
    assert "<title>Bảng điều khiển - " in html
    assert "<title>Dashboard" not in html
    for english in SIDEBAR:  # the sidebar menu, given to its script as JSON
        assert f'"label": "{english}"' not in html, english
    for vietnamese in (
        "Trang",
        "Hình ảnh",
        "Tài liệu",
        "Đoạn dùng chung",
        "Báo cáo",
        "Cài đặt",
        "Trợ giúp",
        "Đăng xuất",
    ):
        assert f'"label": "{vietnamese}"' in html, vietnamese


@pytest.mark.django_db
def test_an_editor_who_prefers_english_gets_english(client):
    from wagtail.users.models import UserProfile

    editor = BoardMemberFactory()
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    html = dashboard(client, editor)
    assert "<title>Dashboard - " in html
    assert '"label": "Log out"' in html
    assert '"label": "Đăng xuất"' not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path, english, vietnamese",
    [
        ("/quan-tri/jsi18n/", "Page explorer", "Cây trang"),
        ("/quan-tri/localize/jsi18n/", "Download PO file", "Tải tệp PO"),
    ],
)
def test_the_admin_javascript_strings_are_vietnamese(client, path, english, vietnamese):
    client.force_login(BoardMemberFactory())
    text = decoded(client.get(path).content.decode())
    assert f'"{english}": "{vietnamese}"' in text
