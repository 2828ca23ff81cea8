"""The entries of a Site newest first: a large matched set (``dbindex.LARGE``) and the suggestions
are read in this order, as far as the page shown, instead of being sorted whole. PostgreSQL sorts
NULLs first in descending order unless told; SQLite puts them last."""

from django.db import migrations

CREATE = {
    "postgresql": "CREATE INDEX sitesearch_entry_newest ON sitesearch_searchentry (site_id, date DESC NULLS LAST, id DESC)",
    "sqlite": "CREATE INDEX sitesearch_entry_newest ON sitesearch_searchentry (site_id, date DESC, id DESC)",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor in CREATE:
        schema_editor.execute(CREATE[schema_editor.connection.vendor])


def drop(apps, schema_editor):
    if schema_editor.connection.vendor in CREATE:
        schema_editor.execute("DROP INDEX sitesearch_entry_newest")


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0005_sqlite_facet_index")]

    operations = [migrations.RunPython(create, drop)]
