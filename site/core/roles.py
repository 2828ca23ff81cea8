"""Groups, collections and permissions, set up by code: each Site's board and each chapter's presidents.

Every link is a key: a Site's board and media root hang on ``SiteRoles``, a chapter's
president group and collection on ``ChapterRoles`` (by the chapter's ``translation_key``).
Group and collection names are labels only; two chapters called "Phường 1" never share a
right, and renaming a chapter moves none.
"""

import re

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale, Site

from . import plugins
from .models import ChapterRoles, SiteRoles

EDITORS_GROUP = "Ban Biên tập"
PRESIDENTS_GROUP = "Chủ tịch"
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"]
PRESIDENT_PAGE_PERMISSIONS = ["add_page", "change_page"]
PRESIDENT_MEDIA_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}
EDITOR_MEDIA_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image", "delete_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document", "delete_document"],
}
# the content apps' snippets; the workflow plugins grant theirs (their per-Site settings) through core.plugins
EDITOR_MODEL_PERMISSIONS = {
    "news": ["add_newscategory", "change_newscategory"],
    "officialdocs": ["add_legaldocument", "change_legaldocument"],
    "honours": ["add_honourrecord", "change_honourrecord", "delete_honourrecord"],
    "campaigns": [
        "add_donation",
        "change_donation",
        "delete_donation",
        "add_disbursement",
        "change_disbursement",
        "delete_disbursement",
    ],
}
# Not given to boards: wagtail-localize's "submit_translation" is one global permission, checked
# without the page or its Site, and publishes translations outside the workflow. Translating
# stays with the administrator until it can be confined to a Site.


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _admin_access() -> Permission:
    return _permission("wagtailadmin", "access_admin")


def _model_permissions(role: str, own: dict[str, list[str]]) -> list[Permission]:
    """The core's own model permissions of a role, and those the installed plugins grant it."""
    wanted = [own, plugins.granted(role)]
    return [
        _permission(app_label, codename)
        for permissions in wanted
        for app_label, codenames in permissions.items()
        for codename in codenames
    ]


def _grant_pages(group: Group, page, codenames: list[str]) -> None:
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission("wagtailcore", codename)
        )


def _grant_collection(group: Group, collection: Collection, permissions: dict[str, list[str]]) -> None:
    for app_label, codenames in permissions.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=_permission(app_label, codename)
            )


def _free_group_name(wanted: list[str], group: Group | None = None) -> str:
    """The first label not used by another group (Django's group names are unique)."""
    taken = Group.objects.exclude(pk=getattr(group, "pk", None)).filter(name__in=wanted)
    taken_names = set(taken.values_list("name", flat=True))
    for name in wanted:
        if name not in taken_names:
            return name
    base, number = wanted[-1], 2
    while Group.objects.exclude(pk=getattr(group, "pk", None)).filter(name=f"{base} ({number})").exists():
        number += 1
    return f"{base} ({number})"


def _labels(prefix: str, name: str, site: Site) -> list[str]:
    return [f"{prefix} {name}"[:150], f"{prefix} {name} – {site.site_name or site.hostname}"[:140]]


# -- Sites ------------------------------------------------------------------


def board_label(site: Site) -> list[str]:
    """The default Site's board is plainly "Ban Biên tập"; another Site's names its Site."""
    labelled = f"{EDITORS_GROUP} – {site.site_name or site.hostname}"[:140]
    return [EDITORS_GROUP, labelled] if site.is_default_site else [labelled]


@transaction.atomic
def ensure_site_roles(site: Site) -> SiteRoles:
    """A Site's Ban Biên tập and media root: it edits and publishes everything of that Site,
    in every locale, and handles media in that Site's collection only."""
    roles = SiteRoles.objects.filter(site=site).select_related("board", "collection").first()
    if roles is None:
        board = Group.objects.create(name=_free_group_name(board_label(site)))
        collection = Collection.get_first_root_node().add_child(name=(site.site_name or site.hostname)[:255])
        roles = SiteRoles.objects.create(site=site, board=board, collection=collection)
    board = roles.board
    board.permissions.add(_admin_access(), *_model_permissions(plugins.BOARD, EDITOR_MODEL_PERMISSIONS))
    board.permissions.remove(
        *Permission.objects.filter(content_type__app_label="wagtail_localize", codename="submit_translation")
    )
    for root in site.root_page.get_translations(inclusive=True):
        _grant_pages(board, root, EDITOR_PAGE_PERMISSIONS)
    _grant_collection(board, roles.collection, EDITOR_MEDIA_PERMISSIONS)
    return roles


def board_of(site: Site) -> Group | None:
    roles = SiteRoles.objects.filter(site=site).select_related("board").first()
    return roles.board if roles else None


def editors_groups():
    """Every Site's board."""
    return Group.objects.filter(board_of__isnull=False)


def board_sites(user):
    """The Sites whose board ``user`` sits on; every Site for a superuser."""
    if not (user and user.is_authenticated and user.is_active):
        return Site.objects.none()
    if user.is_superuser:
        return Site.objects.all()
    return Site.objects.filter(roles__board__in=user.groups.all())


def is_editor(user) -> bool:
    return board_sites(user).exists()


def site_collection(site: Site) -> Collection:
    return ensure_site_roles(site).collection


# -- chapters ---------------------------------------------------------------


def chapter_roles(chapter) -> ChapterRoles | None:
    """The roles of a chapter or of any of its translations."""
    return (
        ChapterRoles.objects.filter(chapter_key=chapter.translation_key)
        .select_related("presidents", "collection")
        .first()
    )


def president_group(chapter) -> Group | None:
    roles = chapter_roles(chapter)
    return roles.presidents if roles else None


def is_president_of(user, chapter) -> bool:
    roles = chapter_roles(chapter)
    return roles is not None and user.groups.filter(pk=roles.presidents_id).exists()


def _source_title(chapter) -> str:
    """Labels follow the chapter in the default locale."""
    source = chapter.get_translation_or_none(Locale.get_default()) or chapter
    return source.title


@transaction.atomic
def ensure_chapter_roles(chapter) -> ChapterRoles:
    """A chapter president's group: adds and edits pages under the chapter (each locale's
    copy) only, with images and documents in the chapter's own collection, inside its
    Site's. Called when a chapter is published, never for a draft."""
    site = chapter.get_site() or Site.objects.get(is_default_site=True)
    title = _source_title(chapter)
    roles = chapter_roles(chapter)
    if roles is None:
        group = Group.objects.create(name=_free_group_name(_labels(PRESIDENTS_GROUP, title, site)))
        collection = site_collection(site).add_child(name=title[:255])
        roles = ChapterRoles.objects.create(
            chapter_key=chapter.translation_key, site=site, presidents=group, collection=collection
        )
    else:
        _relabel(roles, title, site)
    group = roles.presidents
    group.permissions.add(_admin_access(), *_model_permissions(plugins.PRESIDENTS, {}))
    for version in chapter.get_translations(inclusive=True):
        _grant_pages(group, version, PRESIDENT_PAGE_PERMISSIONS)
    _grant_collection(group, roles.collection, PRESIDENT_MEDIA_PERMISSIONS)
    return roles


def _relabel(roles: ChapterRoles, title: str, site: Site) -> None:
    """After a rename the labels follow the new name; the rights, held by keys, do not move."""
    group, collection = roles.presidents, roles.collection
    labels = _labels(PRESIDENTS_GROUP, title, site)
    if group.name not in labels and not re.fullmatch(rf"{re.escape(labels[-1])} \(\d+\)", group.name):
        group.name = _free_group_name(labels, group=group)
        group.save(update_fields=["name"])
    if collection.name != title[:255]:
        collection.name = title[:255]
        collection.save(update_fields=["name"])
