"""Roles are keyed by data: a published chapter gets its own group, collection, permissions and
workflow; names are labels only, so equal titles, renames and drafts move no right."""

from datetime import date
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, WorkflowPage

from chapters.models import ChapterKind, ChapterPage
from core.models import ChapterRoles, SiteRoles
from core.roles import board_of, chapter_roles, ensure_chapter_roles, is_president_of, president_group
from core.setup import DEFAULT_WORKFLOW_NAME
from news.models import NewsPage
from workflows.chapter_review.models import is_reviewer


def publish(page, user=None):
    page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page


def new_chapter(parent, title, publish_it=True):
    chapter = ChapterPage(title=title, kind=ChapterKind.COMMUNE, live=False)
    parent.add_child(instance=chapter)
    return publish(chapter) if publish_it else chapter


def president_for(chapter, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x")
    user.groups.add(president_group(chapter))
    return user


def test_published_chapter_gets_group_collection_permissions_and_workflow(thuan_chau, province):
    commune = new_chapter(thuan_chau, "Hội Khuyến học xã Phổng Lái")

    roles = ChapterRoles.objects.get(chapter_key=commune.translation_key)
    granted = set(
        GroupPagePermission.objects.filter(group=roles.presidents, page=commune).values_list(
            "permission__codename", flat=True
        )
    )
    assert granted == {"add_page", "change_page"}
    assert roles.presidents.permissions.filter(codename="access_admin").exists()
    assert roles.site == province
    assert roles.collection.get_parent() == SiteRoles.objects.get(site=province).collection
    assert WorkflowPage.objects.get(page=commune).workflow.name == DEFAULT_WORKFLOW_NAME


def test_a_draft_chapter_gets_nothing(thuan_chau):
    draft = new_chapter(thuan_chau, "Hội Khuyến học xã Tông Lạnh", publish_it=False)
    assert chapter_roles(draft) is None
    assert not WorkflowPage.objects.filter(page=draft).exists()


def test_a_presidents_draft_subchapter_named_like_another_chapter_grants_nothing(thuan_chau, president, song_ma):
    draft = ChapterPage(title=song_ma.title, kind=ChapterKind.COMMUNE, live=False, owner=president)
    thuan_chau.add_child(instance=draft)
    draft.save_revision(user=president)

    assert not song_ma.permissions_for_user(president).can_edit()
    assert not song_ma.permissions_for_user(president).can_add_subpage()
    assert chapter_roles(draft) is None
    assert not is_president_of(president, song_ma)


@pytest.mark.parametrize("where", ["same Site", "other Site"])
def test_two_chapters_with_the_same_title_share_no_right(where, thuan_chau, song_ma, ke_sach):
    first = new_chapter(thuan_chau, "Hội Khuyến học phường 1")
    second = new_chapter(ke_sach if where == "other Site" else song_ma, "Hội Khuyến học phường 1")

    assert president_group(first) != president_group(second)
    one, two = president_for(first, "chutich-p1-a"), president_for(second, "chutich-p1-b")
    assert first.permissions_for_user(one).can_add_subpage()
    assert not second.permissions_for_user(one).can_add_subpage()
    assert not second.permissions_for_user(one).can_edit()
    assert not first.permissions_for_user(two).can_edit()
    assert president_group(first).name != president_group(second).name  # labels stay unique too


def test_renaming_a_chapter_keeps_its_group_and_its_review_rights(thuan_chau):
    commune = new_chapter(thuan_chau, "Hội Khuyến học xã Chiềng Pấc")
    group = president_group(commune)
    commune_president = president_for(commune, "chutich-chiengpac")

    commune.title = "Hội Khuyến học xã Chiềng Pấc mới"
    publish(commune)
    call_command("setup_roles", stdout=StringIO())

    assert president_group(commune) == group
    assert "Chiềng Pấc mới" in Group.objects.get(pk=group.pk).name
    assert commune.permissions_for_user(commune_president).can_add_subpage()
    assert ChapterRoles.objects.filter(chapter_key=commune.translation_key).count() == 1


def test_the_district_president_still_reviews_after_a_rename(thuan_chau, president):
    """The district's president reviews the commune's pages by key, whatever the titles."""
    commune = new_chapter(thuan_chau, "Hội Khuyến học xã Phỏng Lăng")
    page = NewsPage(title="Tin thử của xã", kind="tin", date=date.today(), live=False)
    commune.add_child(instance=page)
    district_president = president
    assert is_reviewer(district_president, page)

    thuan_chau.title = f"{thuan_chau.title} (sau sáp nhập)"
    publish(thuan_chau)
    assert is_reviewer(district_president, page)


def test_default_workflow_is_checklist_then_every_board(thuan_chau, province, other_province):
    workflow = thuan_chau.get_workflow()
    assert workflow.name == DEFAULT_WORKFLOW_NAME
    assert [t.specific.__class__.__name__ for t in workflow.tasks] == ["ChecklistTask", "EditorialTask"]
    editorial = workflow.tasks[1].specific
    assert set(editorial.groups.all()) == {roles.board for roles in SiteRoles.objects.all()}
    assert {board_of(province), board_of(other_province)} <= set(editorial.groups.all())


def test_every_live_chapter_is_covered_by_the_workflow(chieng_la, song_ma, ke_sach):
    assert all(chapter.get_workflow() is not None for chapter in ChapterPage.objects.live())


def test_final_approvers_can_publish(editor, thuan_chau):
    assert thuan_chau.permissions_for_user(editor).can_publish()


def test_setup_roles_is_idempotent(chieng_la, song_ma, ke_sach):
    def counts():
        return (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            WorkflowPage.objects.count(),
            ChapterRoles.objects.count(),
            SiteRoles.objects.count(),
        )

    call_command("setup_roles", stdout=StringIO())  # any Site the test database had before ours
    before = counts()
    call_command("setup_roles", stdout=StringIO())
    call_command("setup_roles", stdout=StringIO())
    assert counts() == before


def test_translated_chapter_keeps_the_same_president(thuan_chau, president, editor):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    translated = thuan_chau.copy_for_translation(english, copy_parents=True)
    publish(translated)
    assert translated.locale == english
    assert chapter_roles(translated) == chapter_roles(thuan_chau)
    assert WorkflowPage.objects.get(page=translated).workflow.name == DEFAULT_WORKFLOW_NAME
    assert translated.permissions_for_user(president).can_add_subpage()
    assert translated.get_parent().get_parent().permissions_for_user(editor).can_publish_subpage()


def test_roles_are_found_by_key_even_when_names_collide(thuan_chau, song_ma):
    """A group renamed by hand to look like another chapter's grants nothing there."""
    impostor = Group.objects.create(name=f"Chủ tịch {thuan_chau.title} (giả)")
    user = get_user_model().objects.create_user("mao-danh", "m@example.org", "x")
    user.groups.add(impostor)
    ensure_chapter_roles(song_ma)
    assert not is_president_of(user, thuan_chau)
    assert not thuan_chau.permissions_for_user(user).can_edit()
