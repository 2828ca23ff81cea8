"""Groups and permissions, set up by code: the editorial board and one group per chapter.

The editorial workflow plugins build on these; nothing here is clicked in the admin.
"""
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

EDITORS_GROUP = "Ban Biên tập"
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"]
PRESIDENT_PAGE_PERMISSIONS = ["add_page", "change_page"]
MEDIA_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}
EDITOR_MODEL_PERMISSIONS = {
    "news": ["add_newscategory", "change_newscategory"],
    "officialdocs": ["add_legaldocument", "change_legaldocument"],
    "honours": ["add_honourrecord", "change_honourrecord", "delete_honourrecord"],
    # the per-Site settings of the workflow plugins
    "checklist": ["change_checklistsettings"],
    "workflow_notifications": ["change_notificationsettings"],
    "quota": ["change_quotasettings"],
    # translating pages in wagtail-localize's interface
    "wagtail_localize": ["submit_translation"],
}


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _admin_access() -> Permission:
    return _permission("wagtailadmin", "access_admin")


def _grant_pages(group: Group, page, codenames: list[str]) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )


def _grant_collection(group: Group, collection: Collection) -> None:
    for app_label, codenames in MEDIA_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=_permission(app_label, codename)
            )


def editors_group_name(site) -> str:
    """Each Site has its own board: the default Site's is plainly "Ban Biên tập"."""
    return EDITORS_GROUP if site.is_default_site else f"{EDITORS_GROUP} – {site.site_name}"[:150]


def editors_groups():
    return Group.objects.filter(name__startswith=EDITORS_GROUP)


def is_editor(user) -> bool:
    return user.groups.filter(name__startswith=EDITORS_GROUP).exists()


def ensure_editors_group(site) -> Group:
    """A Site's Ban Biên tập: edits and publishes everything of that Site, in every locale."""
    group = Group.objects.get_or_create(name=editors_group_name(site))[0]
    group.permissions.add(_admin_access())
    for app_label, codenames in EDITOR_MODEL_PERMISSIONS.items():
        group.permissions.add(*[_permission(app_label, c) for c in codenames])
    for root in site.root_page.get_translations(inclusive=True):
        _grant_pages(group, root, EDITOR_PAGE_PERMISSIONS)
    _grant_collection(group, Collection.get_first_root_node())
    return group


def _source_chapter(chapter):
    """The chapter in the default locale: translations share their source's group."""
    from wagtail.models import Locale

    return chapter.get_translation_or_none(Locale.get_default()) or chapter


def chapter_group_name(chapter) -> str:
    return f"Chủ tịch {_source_chapter(chapter).title}"[:150]


def ensure_chapter_group(chapter) -> Group:
    """A chapter president's group: adds and edits pages under the chapter only,
    with images and documents in the chapter's own collection."""
    group, _ = Group.objects.get_or_create(name=chapter_group_name(chapter))
    group.permissions.add(_admin_access())
    _grant_pages(group, chapter, PRESIDENT_PAGE_PERMISSIONS)
    _grant_collection(group, ensure_chapter_collection(chapter))
    return group


def ensure_chapter_collection(chapter) -> Collection:
    root = Collection.get_first_root_node()
    name = _source_chapter(chapter).title[:255]
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)
