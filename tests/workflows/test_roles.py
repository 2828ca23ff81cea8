"""Roles are set up by code; a new chapter gets its group, collection, permissions and workflow."""
from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Collection, GroupPagePermission, WorkflowPage

from chapters.models import ChapterKind, ChapterPage
from core.roles import EDITORS_GROUP
from workflows.editorial.setup import DEFAULT_WORKFLOW_NAME


def test_new_chapter_gets_group_collection_permissions_and_workflow(thuan_chau):
    commune = ChapterPage(title="Hội Khuyến học xã Phổng Lái", kind=ChapterKind.COMMUNE)
    thuan_chau.add_child(instance=commune)

    group = Group.objects.get(name="Chủ tịch Hội Khuyến học xã Phổng Lái")
    granted = set(GroupPagePermission.objects.filter(group=group, page=commune).values_list("permission__codename", flat=True))
    assert granted == {"add_page", "change_page"}
    assert group.permissions.filter(codename="access_admin").exists()
    assert Collection.objects.filter(name="Hội Khuyến học xã Phổng Lái").exists()
    assert WorkflowPage.objects.get(page=commune).workflow.name == DEFAULT_WORKFLOW_NAME


def test_default_workflow_is_checklist_then_editors(thuan_chau):
    workflow = thuan_chau.get_workflow()
    assert workflow.name == DEFAULT_WORKFLOW_NAME
    assert [t.specific.__class__.__name__ for t in workflow.tasks] == ["ChecklistTask", "EditorialTask"]
    editorial = workflow.tasks[1].specific
    assert sorted(editorial.groups.values_list("name", flat=True)) == [
        EDITORS_GROUP, f"{EDITORS_GROUP} – Hội Khuyến học tỉnh Sóc Trăng",
    ]


def test_every_chapter_page_is_covered_by_the_workflow(db):
    assert all(chapter.get_workflow() is not None for chapter in ChapterPage.objects.all())


def test_final_approvers_can_publish(editor, thuan_chau):
    assert thuan_chau.permissions_for_user(editor).can_publish()


def test_setup_roles_is_idempotent(db):
    counts = lambda: (Group.objects.count(), GroupPagePermission.objects.count(), WorkflowPage.objects.count())  # noqa: E731
    before = counts()
    call_command("setup_roles", stdout=StringIO())
    assert counts() == before


def test_translated_chapter_tree_gets_the_workflow_and_the_same_president(thuan_chau, president, editor):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    translated = thuan_chau.copy_for_translation(english, copy_parents=True)
    assert translated.locale == english
    assert WorkflowPage.objects.get(page=translated).workflow.name == DEFAULT_WORKFLOW_NAME
    assert translated.permissions_for_user(president).can_add_subpage()
    assert translated.get_parent().get_parent().permissions_for_user(editor).can_publish_subpage()
