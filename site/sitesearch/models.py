"""One row per searchable thing (a page, a part of one such as a page of its PDF, a snippet),
carrying its text both as written and folded, so every backend matches "khuyen hoc" to
"khuyến học" in the same way. What the rows hold is declared by the content (``registry``).

The database's own full-text index of the entries is made by migration 0004, per vendor, and
kept by the database itself (``sitesearch.dbindex``): on PostgreSQL ``search_vector`` and
``title_vector`` columns filled by a trigger, GIN-indexed; on SQLite the FTS5 table
``sitesearch_entry_fts`` kept by triggers. Neither is a model field: Django never reads them."""

from django.db import models
from wagtail.search import index

from .registry import registry


class SearchEntry(index.Indexed, models.Model):
    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=12, help_text="A kind registered by the content (sitesearch.registry)")
    source_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    source_id = models.CharField(max_length=64)
    part = models.PositiveIntegerField(default=0, help_text="Page number within a PDF, 0 otherwise")
    title = models.CharField(max_length=500)
    url = models.CharField(max_length=1000)
    text = models.TextField(blank=True)
    folded = models.TextField(blank=True)
    title_folded = models.CharField(max_length=500, blank=True)
    date = models.DateField(null=True, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    # facets (sitesearch.registry.register_facet): the id of the entry's value, one column each
    chapter = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    category = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    issue = models.PositiveBigIntegerField(null=True, blank=True, db_index=True)
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+")

    search_fields = [
        index.SearchField("title"),
        index.SearchField("folded"),
        index.AutocompleteField("title_folded"),
        index.FilterField("site_id"),
        index.FilterField("kind"),
        index.FilterField("year"),
        index.FilterField("chapter"),
        index.FilterField("category"),
        index.FilterField("issue"),
        index.FilterField("date"),
        index.FilterField("part"),
        index.FilterField("page_id"),
    ]

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["site", "source_type", "source_id", "part"], name="one_entry_per_source_part"
            ),
        ]
        indexes = [models.Index(fields=["source_type", "source_id"])]

    def __str__(self):
        return self.title

    def get_kind_display(self):
        return registry.kind_label(self.kind)


class SearchTerm(models.Model):
    """A folded word of the index and how many entries hold it: what a misspelt or OCR-broken
    word is corrected against (``sitesearch.tolerance``), by index lookups, never a scan. Kept by
    ``sitesearch.database_backend`` as entries come and go, recounted by ``sync.rebuild``."""

    word = models.CharField(max_length=64, primary_key=True)
    entries = models.IntegerField(default=0)

    def __str__(self):
        return self.word
