"""The data migration that moves an existing install's name-based roles to keyed ones, without
losing a right: run on the demo put back the way an install set up before it looked."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from chapters.models import ChapterKind, ChapterPage
from core.models import ChapterRoles, SiteRoles
from core.roles import chapter_roles

pytestmark = pytest.mark.demo

migration = importlib.import_module("core.migrations.0005_link_roles_by_key")
Image = get_image_model()


def undo_keyed_roles():
    """Back to before: groups known by name only, chapter collections under the root, every
    board on the root collection, the files in the root."""
    root = Collection.get_first_root_node()
    site_collections = [roles.collection for roles in SiteRoles.objects.all()]
    for collection in site_collections:
        descendants = Collection.objects.filter(path__startswith=collection.path)
        Image.objects.filter(collection__in=descendants).exclude(collection__depth=3).update(collection=root)
        boards = Group.objects.filter(board_of__collection=collection)
        GroupCollectionPermission.objects.filter(group__in=boards).update(collection=root)
    ChapterRoles.objects.all().delete()
    SiteRoles.objects.all().delete()
    for collection in list(Collection.objects.filter(depth=3)):
        Collection.objects.get(pk=collection.pk).move(root, pos="sorted-child")
    for collection in site_collections:
        Collection.objects.get(pk=collection.pk).delete()


def test_old_installs_keep_every_right(sonla, soctrang, django_user_model):
    president = django_user_model.objects.get(username="chutich-thuanchau")
    thuan_chau = ChapterPage.objects.get(slug="thuan-chau")
    old_group = chapter_roles(thuan_chau).presidents
    soctrang_image = Image.objects.filter(collection=SiteRoles.objects.get(site=soctrang).collection).first()
    # a chapter elsewhere with the same title: the old code gave it the same group
    twin = ChapterPage(title=thuan_chau.title, kind=ChapterKind.COMMUNE, slug="trung-ten")
    ChapterPage.objects.get(slug="ke-sach").add_child(instance=twin)
    GroupPagePermission.objects.create(
        group=old_group,
        page=twin,
        permission_id=GroupPagePermission.objects.filter(group=old_group, page=thuan_chau)
        .values_list("permission_id", flat=True)
        .first(),
    )
    undo_keyed_roles()
    assert not ChapterRoles.objects.exists()

    migration.forwards(apps, None)

    for site in (sonla, soctrang):
        roles = SiteRoles.objects.get(site=site)
        assert roles.collection.get_parent().is_root()
        assert GroupCollectionPermission.objects.filter(group=roles.board, collection=roles.collection).exists()
        assert not GroupCollectionPermission.objects.filter(group=roles.board, collection__depth=1).exists()
    assert SiteRoles.objects.get(site=sonla).board.name == "Ban Biên tập"
    own = chapter_roles(thuan_chau)
    assert own.presidents == old_group
    assert own.collection.get_parent() == SiteRoles.objects.get(site=sonla).collection
    assert chapter_roles(twin).presidents != old_group
    # nobody lost a right: the president still adds pages where they could before
    assert thuan_chau.permissions_for_user(president).can_add_subpage()
    assert ChapterPage.objects.get(pk=twin.pk).permissions_for_user(president).can_add_subpage()
    # every live demo chapter found its group, and Sóc Trăng's pictures went home
    assert all(chapter_roles(c) for c in ChapterPage.objects.live())
    soctrang_image.refresh_from_db()
    assert soctrang_image.collection == SiteRoles.objects.get(site=soctrang).collection


def test_an_install_already_keyed_is_left_alone(db):
    before = (SiteRoles.objects.count(), ChapterRoles.objects.count(), Collection.objects.count())
    migration.forwards(apps, None)
    assert (SiteRoles.objects.count(), ChapterRoles.objects.count(), Collection.objects.count()) == before
