"""A real province without the demo: setup_site, add_chapter, add_president (and the board)."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Site

from chapters.models import ChapterPage
from core.models import SiteRoles
from core.roles import board_sites, president_group
from provinces.structure import SECTIONS
from tests import migrated_template
from tests.commands import run_commands
from tests.production import production_environment

pytestmark = pytest.mark.demo


@pytest.fixture
def new_site(db):
    call_command(
        "setup_site",
        "--name",
        "Hội Khuyến học tỉnh Lai Châu",
        "--hostname",
        "laichau.localhost",
        "--parent-body",
        "UBND TỈNH LAI CHÂU",
        stdout=StringIO(),
    )
    return Site.objects.get(hostname="laichau.localhost")


def test_setup_site_builds_the_sections_roles_and_identity(new_site, client):
    from core.models import SiteIdentity

    home = new_site.root_page
    slugs = set(home.get_children().live().values_list("slug", flat=True))
    assert {slug for _model, slug, _title, _menu in SECTIONS} <= slugs
    assert home.get_descendants().filter(slug="so-dang-ky-van-ban").live().exists()
    roles = SiteRoles.objects.get(site=new_site)
    assert roles.collection.get_parent().is_root()
    assert SiteIdentity.for_site(new_site).parent_body == "UBND TỈNH LAI CHÂU"
    assert client.get("/", HTTP_HOST="laichau.localhost").status_code == 200
    assert client.get("/tin-tuc/", HTTP_HOST="laichau.localhost").status_code == 200


def test_setup_site_twice_creates_nothing_more(new_site):
    counts = (Site.objects.count(), new_site.root_page.get_descendants().count(), SiteRoles.objects.count())
    call_command(
        "setup_site", "--name", "Hội Khuyến học tỉnh Lai Châu", "--hostname", "laichau.localhost", stdout=StringIO()
    )
    assert (Site.objects.count(), new_site.root_page.get_descendants().count(), SiteRoles.objects.count()) == counts


def test_chapters_and_presidents_of_the_new_site(new_site):
    call_command(
        "add_chapter",
        "--site",
        "laichau.localhost",
        "--title",
        "Hội Khuyến học xã Tân Lập",
        "--kind",
        "commune",
        stdout=StringIO(),
    )
    chapter = ChapterPage.objects.descendant_of(new_site.root_page).get(title="Hội Khuyến học xã Tân Lập")
    call_command(
        "add_president",
        "--chapter",
        str(chapter.pk),
        "--username",
        "chutich-tanlap-lc",
        "--email",
        "tanlap@example.org",
        stdout=StringIO(),
    )
    president = get_user_model().objects.get(username="chutich-tanlap-lc")
    assert president_group(chapter) in president.groups.all()
    assert chapter.permissions_for_user(president).can_add_subpage()
    assert not chapter.permissions_for_user(president).can_publish()
    assert not president.has_usable_password()
    # the other "xã Tân Lập" anywhere else is not theirs
    call_command("add_chapter", "--site", "127.0.0.1", "--title", "Hội Khuyến học xã Tân Lập", stdout=StringIO())
    other = ChapterPage.objects.exclude(pk=chapter.pk).get(title="Hội Khuyến học xã Tân Lập")
    assert not other.permissions_for_user(president).can_edit()
    assert not other.permissions_for_user(president).can_add_subpage()


def test_board_member_of_the_new_site_only(new_site, sonla):
    call_command(
        "add_board_member",
        "--site",
        "laichau.localhost",
        "--username",
        "bientap-laichau",
        "--email",
        "bt@example.org",
        stdout=StringIO(),
    )
    member = get_user_model().objects.get(username="bientap-laichau")
    assert list(board_sites(member)) == [new_site]
    assert new_site.root_page.permissions_for_user(member).can_publish_subpage()
    assert not sonla.root_page.permissions_for_user(member).can_edit()


@pytest.mark.parametrize(
    "args, message",
    [
        (["add_chapter", "--site", "nowhere.example", "--title", "X"], "Không có trang"),
        (
            ["add_president", "--chapter", "999999999", "--username", "x", "--email", "x@example.org"],
            "Không có chi hội",
        ),
    ],
)
def test_bad_arguments_get_a_vietnamese_message(db, args, message):
    with pytest.raises(CommandError, match=message):
        call_command(*args, stdout=StringIO())


def test_an_empty_production_database_gets_a_working_site_and_no_demo_account(production_var):
    """The whole path an administrator follows, with production settings, in a fresh database: the
    static files the session collected with them (tests/production.py); the database a copy of the
    saved migrated one (tests/migrated_template.py), which `migrate` then checks and completes."""
    env = production_environment(production_var, ALLOWED_HOSTS="hoi.example.org", LOG_LEVEL="WARNING")
    migrated_template.copy_to(production_var / "db.sqlite3")
    set_up = run_commands(
        env,
        ["migrate", "--noinput", "-v0"],
        ["setup_site", "--name", "Hội Khuyến học tỉnh Điện Biên", "--hostname", "hoi.example.org", "--port", "443"],
        ["add_chapter", "--site", "hoi.example.org", "--title", "Hội Khuyến học xã Mường Phăng"],
    )
    for command in set_up:
        assert command.returncode == 0, (command.args, command.stderr)
    report, demo = run_commands(  # a new process, as the server would be
        env,
        [
            "shell",
            "-c",
            (
                "from django.contrib.auth import get_user_model; from django.test import Client; "
                "from chapters.models import ChapterPage; "
                "c = ChapterPage.objects.get(); "
                "from django.core.management import call_command; "
                "call_command('add_president', '--chapter', str(c.pk), '--username', 'chutich-muongphang', "
                "'--email', 'a@b.vn'); "
                "r = Client().get('/', HTTP_HOST='hoi.example.org', secure=True); "
                "print('STATUS', r.status_code, 'USERS', sorted(get_user_model().objects.values_list('username', "
                "flat=True)))"
            ),
        ],
        ["load_demo"],
    )
    assert report.returncode == 0, report.stderr
    assert "STATUS 200" in report.stdout
    assert "USERS ['chutich-muongphang']" in report.stdout
    assert demo.returncode != 0


def test_remove_demo_accounts(db, django_user_model):
    kept = django_user_model.objects.create_user("that-that", "a@laichau.gov.vn", "mat-khau-rieng-2026")
    out = StringIO()
    call_command("remove_demo_accounts", "--dry-run", stdout=out)
    assert "bientap-soctrang" in out.getvalue() and django_user_model.objects.filter(username="admin").exists()
    call_command("remove_demo_accounts", stdout=StringIO())
    assert list(django_user_model.objects.values_list("username", flat=True)) == [kept.username]
