"""The entries of a Site newest first, and shortest title first: a large matched set
(``dbindex.LARGE``) and the suggestions are read in these orders, as far as the page shown,
instead of being sorted whole. PostgreSQL sorts NULLs first in descending order unless told;
SQLite puts them last."""

from django.db import migrations

NEWEST = {"postgresql": "date DESC NULLS LAST, id DESC", "sqlite": "date DESC, id DESC"}


def create(apps, schema_editor):
    newest = NEWEST.get(schema_editor.connection.vendor)
    if newest:
        schema_editor.execute(f"CREATE INDEX sitesearch_entry_newest ON sitesearch_searchentry (site_id, {newest})")
        schema_editor.execute(
            "CREATE INDEX sitesearch_entry_shortest ON sitesearch_searchentry"
            f" (site_id, length(title_folded), {newest})"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor in NEWEST:
        schema_editor.execute("DROP INDEX sitesearch_entry_newest")
        schema_editor.execute("DROP INDEX sitesearch_entry_shortest")


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0005_sqlite_facet_index")]

    operations = [migrations.RunPython(create, drop)]
