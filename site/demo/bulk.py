"""Pages added by the thousand: what ``Page.add_child`` does for one page (its treebeard path,
depth, URL path, locale, the parent's child count), done here for many at once with a few inserts.

``add_child`` costs about ten queries a page (a row lock on the parent, the last child's path,
the page, its specific row, the parent's count, a revision…): 31 minutes for 50,000 pages on
PostgreSQL. Here a parent's last path is read once, the ``wagtailcore_page`` rows go in with
``bulk_create`` and each type's own rows (multi-table inheritance: Django refuses ``bulk_create``
for those) with the same batched insert Django uses for a model's own table; each parent's
``numchild`` is updated once at the end. The pages are published without a revision, as
imported pages are: the admin edits them from their live state.
"""

from collections import defaultdict

from django.db import connection
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from core.text import slugify_vi


class BulkPages:
    def __init__(self):
        self._next_step: dict[int, int] = {}  # parent pk → step of its next child
        self._slugs: dict[int, set[str]] = {}  # parent pk → slugs its children use
        self._added: dict[int, int] = defaultdict(int)  # parent pk → children added
        self._pending: list[Page] = []
        self.made: dict[str, int] = defaultdict(int)  # pages written, by model name
        self.created = 0

    def add(self, parent: Page, page: Page, published=None) -> Page:
        """Place ``page`` (a specific page, unsaved) under ``parent`` (saved), published at
        ``published``; it is written at the next ``flush``."""
        if parent.pk not in self._next_step:
            last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
            self._next_step[parent.pk] = (Page._str2int(last.path[-Page.steplen :]) + 1) if last else 1
            self._slugs[parent.pk] = set(Page.objects.child_of(parent).values_list("slug", flat=True))
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, self._next_step[parent.pk])
        self._next_step[parent.pk] += 1
        page.slug = self._free_slug(parent.pk, page.slug or slugify_vi(page.title, max_length=80) or "trang")
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = published or timezone.now()
        page.latest_revision_created_at = page.first_published_at
        page.numchild = 0
        self._added[parent.pk] += 1
        self._pending.append(page)
        return page

    def _free_slug(self, parent_pk: int, slug: str) -> str:
        taken, candidate, n = self._slugs[parent_pk], slug, 1
        while candidate in taken:
            n += 1
            candidate = f"{slug[:76]}-{n}"
        taken.add(candidate)
        return candidate

    def flush(self) -> None:
        """Write the pages added so far: after it they have their ids (to be parents, or be pointed to)."""
        if not self._pending:
            return
        page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        rows = [Page(**{f.attname: getattr(page, f.attname) for f in page_fields}) for page in self._pending]
        Page.objects.bulk_create(rows, batch_size=500)
        by_model = defaultdict(list)
        for page, row in zip(self._pending, rows, strict=True):
            page.pk = page.id = page.page_ptr_id = row.pk
            page._state.adding = False
            by_model[type(page)].append(page)
        for model, pages in by_model.items():
            _insert_own_rows(model, pages)
            self.made[model.__name__] += len(pages)
        self.created += len(self._pending)
        self._pending = []

    def finish(self) -> None:
        """Flush, then give every parent its new child count."""
        self.flush()
        by_count = defaultdict(list)
        for parent_pk, added in self._added.items():
            by_count[added].append(parent_pk)
        for added, parent_pks in by_count.items():
            Page.objects.filter(pk__in=parent_pks).update(numchild=F("numchild") + added)
        self._added.clear()


def _insert_own_rows(model, pages) -> None:
    """The rows of ``model``'s own table (the parent link and its local fields) for saved Page rows."""
    assert model._meta.get_parent_list() == [Page], f"{model.__name__}: one table under Page expected"
    fields = list(model._meta.local_concrete_fields)
    batch = max(1, connection.ops.bulk_batch_size(fields, pages))
    for start in range(0, len(pages), batch):
        model._base_manager._insert(pages[start : start + batch], fields=fields, using=connection.alias)
