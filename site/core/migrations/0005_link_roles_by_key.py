"""Installs set up before roles were keyed found a Site's board and a chapter's presidents by
group *names* ("Ban Biên tập – <Site>", "Chủ tịch <chapter title>") and a chapter's media by a
collection named like it, every board holding the root collection. This links each to its
Site or chapter by key, gives every Site its own media root (the board's media rights move
there, with the files only its pages use) and puts the chapters' collections inside it.
No right is lost: where two chapters shared a group by having the same title, each gets a
group of its own with the same members, to be reviewed by the administrator.

Collections are a tree (treebeard), whose methods historical models lack: Wagtail's own
Collection model is used for them, at the schema this migration depends on.
"""

from django.db import migrations

EDITORS_GROUP = "Ban Biên tập"


def _unique_name(Group, wanted: str) -> str:
    name, number = wanted[:150], 2
    while Group.objects.filter(name=name).exists():
        name = f"{wanted[:140]} ({number})"
        number += 1
    return name


def _site_of_path(path: str, site_roots: list[tuple[str, int]]):
    return next((site_id for root_path, site_id in site_roots if path.startswith(root_path)), None)


def link_sites(apps, root):
    from wagtail.models import Collection

    Site = apps.get_model("wagtailcore", "Site")
    Group = apps.get_model("auth", "Group")
    SiteRoles = apps.get_model("core", "SiteRoles")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for site in Site.objects.all().order_by("pk"):
        name = EDITORS_GROUP if site.is_default_site else f"{EDITORS_GROUP} – {site.site_name}"[:150]
        board = Group.objects.filter(name=name).first()
        if board is None or SiteRoles.objects.filter(site=site).exists():
            continue  # a fresh database, or already linked
        collection = Collection.objects.get(pk=root.pk).add_child(name=(site.site_name or site.hostname)[:255])
        SiteRoles.objects.create(site_id=site.pk, board_id=board.pk, collection_id=collection.pk)
        GroupCollectionPermission.objects.filter(group=board, collection_id=root.pk).update(collection_id=collection.pk)


def site_roots(apps) -> list[tuple[str, int]]:
    """(path of a Site's home page or of one of its translations, Site id)."""
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    roots = []
    for site in Site.objects.select_related("root_page"):
        for page in Page.objects.filter(translation_key=site.root_page.translation_key):
            roots.append((page.path, site.pk))
    return roots


def link_chapters(apps, root, roots):
    ChapterPage = apps.get_model("chapters", "ChapterPage")
    Group = apps.get_model("auth", "Group")
    Locale = apps.get_model("wagtailcore", "Locale")
    ChapterRoles = apps.get_model("core", "ChapterRoles")
    SiteRoles = apps.get_model("core", "SiteRoles")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    default_locale = Locale.objects.order_by("pk").first()
    # only published chapters ever had a group: a draft titled like one must not claim it
    chapters = sorted(
        ChapterPage.objects.filter(live=True),
        key=lambda c: (c.locale_id != getattr(default_locale, "pk", None), c.path),
    )
    for chapter in chapters:
        if ChapterRoles.objects.filter(chapter_key=chapter.translation_key).exists():
            continue
        site_id = _site_of_path(chapter.path, roots)
        site_roles = SiteRoles.objects.filter(site_id=site_id).first()
        old = Group.objects.filter(name=f"Chủ tịch {chapter.title}"[:150]).first()
        if site_roles is None or old is None:
            continue
        versions = list(
            ChapterPage.objects.filter(translation_key=chapter.translation_key).values_list("pk", flat=True)
        )
        if ChapterRoles.objects.filter(presidents=old).exists():
            # a second chapter with the same title shared the group: its own, same members
            group = Group.objects.create(name=_unique_name(Group, f"Chủ tịch {chapter.title} – {chapter.pk}"))
            group.user_set.set(old.user_set.all())
            group.permissions.set(old.permissions.all())
            GroupPagePermission.objects.filter(group=old, page_id__in=versions).update(group=group)
        else:
            group = old
        collection = _chapter_collection(apps, root, site_roles.collection_id, chapter.title)
        ChapterRoles.objects.create(
            chapter_key=chapter.translation_key, site_id=site_id, presidents_id=group.pk, collection_id=collection.pk
        )
        _copy_collection_rights(apps, old, group, collection)


def _chapter_collection(apps, root, site_collection_id, title):
    """The chapter's old collection (a child of the root named like it) moved into its Site's,
    or a new one there when another chapter of that name already took it."""
    from wagtail.models import Collection

    ChapterRoles = apps.get_model("core", "ChapterRoles")
    site_collection = Collection.objects.get(pk=site_collection_id)
    old = Collection.objects.get(pk=root.pk).get_children().filter(name=title[:255]).first()
    if old is None or old.pk == site_collection_id or ChapterRoles.objects.filter(collection_id=old.pk).exists():
        return site_collection.add_child(name=title[:255])
    old.move(site_collection, pos="sorted-child")
    return Collection.objects.get(pk=old.pk)


def _copy_collection_rights(apps, old_group, group, collection):
    """The president's media rights, on the collection that is now the chapter's."""
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    rights = GroupCollectionPermission.objects.filter(group=old_group).values_list("permission_id", flat=True)
    for permission_id in set(rights):
        GroupCollectionPermission.objects.get_or_create(
            group_id=group.pk, collection_id=collection.pk, permission_id=permission_id
        )


def move_site_media(apps, root, roots):
    """Files left in the root collection go to the Site whose pages alone use them."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    Page = apps.get_model("wagtailcore", "Page")
    SiteRoles = apps.get_model("core", "SiteRoles")
    collection_of_site = dict(SiteRoles.objects.values_list("site_id", "collection_id"))
    page_type = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    if not collection_of_site or page_type is None:
        return
    for app_label, model_name in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        Model = apps.get_model(app_label, model_name)
        file_type = ContentType.objects.filter(app_label=app_label, model=model_name).first()
        if file_type is None:
            continue
        for item in Model.objects.filter(collection_id=root.pk):
            page_ids = ReferenceIndex.objects.filter(
                to_content_type=file_type, to_object_id=str(item.pk), base_content_type=page_type
            ).values_list("object_id", flat=True)
            paths = Page.objects.filter(pk__in=[int(pk) for pk in page_ids]).values_list("path", flat=True)
            sites = {_site_of_path(path, roots) for path in paths} - {None}
            if len(sites) == 1 and sites <= collection_of_site.keys():
                item.collection_id = collection_of_site[sites.pop()]
                item.save(update_fields=["collection"])


def forwards(apps, schema_editor):
    from wagtail.models import Collection

    root = Collection.get_first_root_node()
    if root is None:
        return
    roots = site_roots(apps)
    link_sites(apps, root)
    link_chapters(apps, root, roots)
    move_site_media(apps, root, roots)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_site_and_chapter_roles"),
        ("chapters", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
