"""On SQLite, an index holding what the search reads of each matched entry to count and order
them (its Site, facet values, date, titles), looked up by id: only the page of results shown is
read from the entries' rows, with their long texts."""

from django.db import migrations

SQLITE = """CREATE INDEX sitesearch_entry_facets ON sitesearch_searchentry
    (id, site_id, kind, year, chapter, category, issue, part, page_id, date, title_folded, title)"""


def _run(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0004_database_index")]

    operations = [migrations.RunPython(_run(SQLITE), _run("DROP INDEX sitesearch_entry_facets"))]
