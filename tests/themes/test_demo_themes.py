"""The demo Sites' own themes (themes/sonla, themes/soctrang): each Site renders its own
stylesheet, emblem, header and footer and not the other's; what a theme lacks comes from
themes/base; the admin offers the theme folders; the footer shows the Site's settings."""

import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse

from core.models import SiteIdentity
from core.themes import ThemeSelect, available_themes, theme_choices, theme_label
from demo.loader import DemoLoader
from tests.conftest import SOCTRANG_HOST, SONLA_HOST

pytestmark = pytest.mark.demo

THEMES = Path(settings.THEMES_DIR)
SITES = {"sonla": f"{SONLA_HOST}:8000", "soctrang": f"{SOCTRANG_HOST}:8000"}
OTHER = {"sonla": "soctrang", "soctrang": "sonla"}


def markers(theme: str) -> list[str]:
    return [
        f"/static/{theme}/css/theme.css",
        f"/static/{theme}/img/logo.svg",
        f'class="site-header site-header--{theme}"',
        f'class="site-footer site-footer--{theme}"',
    ]


def test_demo_themes_are_available_with_vietnamese_names():
    assert {"base", "sonla", "soctrang"} <= set(available_themes())
    assert theme_label("sonla") == "Sơn La – núi rừng Tây Bắc (sonla)"
    assert theme_label("soctrang") == "Sóc Trăng – sông nước miền Tây (soctrang)"
    assert theme_choices()[0] == ("base", "Giao diện cơ sở (base)")


@pytest.mark.django_db
@pytest.mark.parametrize("theme", ["sonla", "soctrang"])
def test_each_site_renders_its_own_theme_and_not_the_others(client, theme):
    response = client.get("/", HTTP_HOST=SITES[theme])
    assert response.status_code == 200
    html = response.text
    assert "/static/base/css/site.css" in html  # the theme adds to the base stylesheet
    for marker in markers(theme):
        assert marker in html
    for marker in markers(OTHER[theme]):
        assert marker not in html


@pytest.mark.django_db
@pytest.mark.parametrize("theme", ["sonla", "soctrang"])
def test_theme_header_keeps_search_language_and_menu(client, theme):
    html = client.get("/", HTTP_HOST=SITES[theme]).text
    header = html[html.index("<header") : html.index("</header>")]
    assert 'id="site-search-q"' in header and 'id="goi-y-tim-kiem"' in header
    assert 'class="site-nav"' in header
    assert 'class="language-switcher"' in header  # both demo Sites offer more than one language
    # the home link is named by text; the emblem next to it is decorative
    brand = re.search(r'<a class="site-brand"[^>]*>(.*?)</a>', header, re.S).group(1)
    assert re.search(r'<img class="site-brand__logo"[^>]* alt=""', brand)
    assert "Hội Khuyến học tỉnh" in re.sub(r"<[^>]+>", "", brand)


@pytest.mark.django_db
@pytest.mark.parametrize("theme", ["sonla", "soctrang"])
def test_templates_a_theme_lacks_come_from_base(client, settings, theme):
    # the demo themes override only the header and footer partials
    settings.KHUYENHOC_FRAGMENT_SECONDS = 0  # every partial rendered, none read from the fragment cache
    assert not (THEMES / theme / "templates" / "base.html").exists()
    assert not (THEMES / theme / "templates" / "news" / "news_index_page.html").exists()
    response = client.get("/tin-tuc/", HTTP_HOST=SITES[theme])
    assert response.status_code == 200
    assert f"site-header--{theme}" in response.text
    origins = {t.name: Path(t.origin.name) for t in response.templates if t.origin and t.name}
    assert origins["news/news_index_page.html"].is_relative_to(THEMES / "base")
    assert origins["base.html"].is_relative_to(THEMES / "base")
    header = "includes/site_header.html"
    headers = {Path(t.origin.name) for t in response.templates if t.name == header and t.origin}
    assert headers == {THEMES / theme / "templates" / header, THEMES / "base" / "templates" / header}  # extends base
    assert origins["includes/site_footer.html"].is_relative_to(THEMES / theme)
    assert origins["includes/site_nav.html"].is_relative_to(THEMES / "base")


@pytest.mark.parametrize("theme", ["sonla", "soctrang"])
def test_theme_headers_extend_the_base_header_instead_of_copying_it(theme):
    source = (THEMES / theme / "templates" / "includes" / "site_header.html").read_text(encoding="utf-8")
    assert source.startswith('{% extends "includes/site_header.html" %}')
    for copied in ("<header", "search_form.html", "language_switcher.html", "site_nav.html", "pageurl"):
        assert copied not in source, copied


@pytest.mark.django_db
def test_a_new_theme_with_only_a_header_falls_back_to_base(client, sonla, tmp_path):
    """A theme folder holding one template: everything else is the base theme's."""
    (tmp_path / "base").symlink_to(THEMES / "base", target_is_directory=True)
    includes = tmp_path / "thu-nghiem" / "templates" / "includes"
    includes.mkdir(parents=True)
    (includes / "site_header.html").write_text(
        '<header class="site-header thu-nghiem">{{ identity.association_name }}'
        '{% include "includes/site_nav.html" %}</header>',
        encoding="utf-8",
    )
    identity = SiteIdentity.for_site(sonla)
    identity.theme = "thu-nghiem"
    identity.save()
    available_themes.cache_clear()
    try:
        with override_settings(THEMES_DIR=tmp_path):
            assert "thu-nghiem" in available_themes()
            response = client.get("/", HTTP_HOST=SITES["sonla"])
    finally:
        available_themes.cache_clear()
    assert response.status_code == 200
    html = response.text
    assert '<header class="site-header thu-nghiem">' in html
    assert 'class="site-footer"' in html  # base footer
    assert "/static/thu-nghiem/css/theme.css" in html
    assert "site-header--sonla" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("theme", ["sonla", "soctrang"])
def test_footer_shows_the_site_identity(client, theme, sonla, soctrang):
    site = {"sonla": sonla, "soctrang": soctrang}[theme]
    identity = SiteIdentity.for_site(site)
    identity.phone = "0212 000 000"
    identity.email = "vanphong@example.org"
    identity.footer_note = "Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
    identity.save()
    html = client.get("/", HTTP_HOST=SITES[theme]).text
    footer = html[html.index("<footer") : html.index("</footer>")]
    for text in (
        identity.association_name,
        f"Địa chỉ: {identity.address}",
        '<a href="tel:0212000000">0212 000 000</a>',
        '<a href="mailto:vanphong@example.org">vanphong@example.org</a>',
        f"Chịu trách nhiệm nội dung: <strong>{identity.responsible_person}</strong>",
        identity.licence,
        "Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
    ):
        assert text in footer


@pytest.mark.django_db
def test_demo_identities_come_from_the_seeds(sonla, soctrang):
    sl, st = SiteIdentity.for_site(sonla), SiteIdentity.for_site(soctrang)
    assert (sl.theme, st.theme) == ("sonla", "soctrang")
    assert sl.responsible_person == "Chủ tịch Hội Khuyến học tỉnh Sơn La"
    assert st.responsible_person == "Chủ tịch Hội Khuyến học tỉnh Sóc Trăng"
    assert "Sơn La" in sl.address and "Sóc Trăng" in st.address
    # the seeds give no phone number or e-mail address: none is made up
    assert not (sl.phone or sl.email or st.phone or st.email)
    assert sl.footer_note.startswith("Ghi rõ nguồn") and st.footer_note.startswith("Ghi rõ nguồn")


@pytest.mark.django_db
def test_reloading_the_demo_keeps_what_editors_changed(sonla):
    identity = SiteIdentity.for_site(sonla)
    identity.footer_note = "Ghi chú của Ban Biên tập"
    identity.theme = "soctrang"
    identity.save()
    DemoLoader(port=8000).fill_identity(sonla, "sonla")
    identity = SiteIdentity.objects.get(pk=identity.pk)
    assert (identity.footer_note, identity.theme) == ("Ghi chú của Ban Biên tập", "soctrang")


@pytest.mark.django_db
def test_an_unknown_theme_does_not_validate(sonla):
    identity = SiteIdentity.for_site(sonla)
    identity.theme = "khong-co"
    with pytest.raises(ValidationError) as error:
        identity.full_clean()
    assert "theme" in error.value.message_dict
    identity.theme = "soctrang"
    identity.full_clean()


@pytest.mark.django_db
def test_admin_offers_the_theme_folders(client, django_user_model, sonla):
    admin = django_user_model.objects.get(username="admin")
    client.force_login(admin)
    url = reverse("wagtailsettings:edit", args=["core", "siteidentity", sonla.pk])
    response = client.get(url)
    assert response.status_code == 200
    select = re.search(r'<select name="theme"[^>]*>(.*?)</select>', response.text, re.S)
    assert select, "the theme field is a select"
    options = dict(re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select.group(1)))
    assert set(options) == set(available_themes())
    assert options["sonla"] == "Sơn La – núi rừng Tây Bắc (sonla)"
    assert re.search(r'<option value="sonla"[^>]*selected', select.group(1))
    assert "Ghi chú chân trang" in response.text


def test_theme_select_reads_the_folders_when_drawn():
    widget = ThemeSelect()
    html = widget.render("theme", "soctrang")
    assert 'value="sonla"' in html and 'value="soctrang" selected' in html
    # a stored theme whose folder is gone stays visible instead of silently becoming another
    html = ThemeSelect().render("theme", "da-xoa")
    assert 'value="da-xoa" selected' in html


@pytest.mark.parametrize("theme", ["sonla", "soctrang"])
def test_theme_files_stay_small_and_local(theme):
    folder = THEMES / theme
    css = (folder / "static" / theme / "css" / "theme.css").read_text(encoding="utf-8")
    assert len(css.encode()) < 4096
    assert not re.search(r"@import|@font-face|url\(\s*['\"]?(https?:)?//", css)
    logo = folder / "static" / theme / "img" / "logo.svg"
    assert logo.stat().st_size < 3072
    root = ElementTree.parse(logo).getroot()  # well-formed
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox")
    assert "http" not in re.sub(r'xmlns="[^"]+"', "", logo.read_text(encoding="utf-8"))
    meta = json.loads((folder / "theme.json").read_text(encoding="utf-8"))
    assert meta["name"]
    # only the partials a theme needs: every other template comes from base
    templates = sorted(p.relative_to(folder / "templates").as_posix() for p in (folder / "templates").rglob("*.html"))
    assert templates == ["includes/site_footer.html", "includes/site_header.html"]


@pytest.mark.django_db
@pytest.mark.parametrize("theme", ["sonla", "soctrang"])
def test_home_page_stays_within_the_weight_budget(client, theme):
    """≤ 150 KB per page without images: the HTML, the stylesheets and the script."""
    html = client.get("/", HTTP_HOST=SITES[theme]).content
    assets = [
        THEMES / "base" / "static" / "base" / "css" / "site.css",
        THEMES / theme / "static" / theme / "css" / "theme.css",
        THEMES / "base" / "static" / "base" / "js" / "site.js",
    ]
    total = len(html) + sum(path.stat().st_size for path in assets)
    assert total <= 150 * 1024, f"{theme}: {total} bytes"
