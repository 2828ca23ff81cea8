"""The entries' own full-text index, kept by the database (see ``sitesearch.dbindex``), and the
vocabulary the tolerant search corrects words against.

PostgreSQL: ``title_vector`` (the folded title, weight A) and ``search_vector`` (title A, folded
text B), 'simple' configuration, filled by a trigger, GIN-indexed; ``pg_trgm`` and a trigram index
on the vocabulary's words. SQLite: an FTS5 table over the folded title and text, its content read
from the entries, kept by triggers. Other databases get neither (``dbindex`` answers with a scan).
"""

from django.db import migrations, models

# PostgreSQL's parser and FTS5's tokenizer both see words of letters and digits only, as
# sitesearch.text.words cuts a query: "137/KH-HKH" is 137, kh, hkh everywhere.
PG_TITLE = "setweight(to_tsvector('simple', regexp_replace({t}.title_folded, '[^[:alnum:]]+', ' ', 'g')), 'A')"
PG_TEXT = "setweight(to_tsvector('simple', regexp_replace(left({t}.folded, 500000), '[^[:alnum:]]+', ' ', 'g')), 'B')"

POSTGRESQL = [
    "ALTER TABLE sitesearch_searchentry ADD COLUMN title_vector tsvector, ADD COLUMN search_vector tsvector",
    f"""CREATE FUNCTION sitesearch_entry_vectors() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' OR NEW.title_folded IS DISTINCT FROM OLD.title_folded
                OR NEW.folded IS DISTINCT FROM OLD.folded THEN
            NEW.title_vector := {PG_TITLE.format(t="NEW")};
            NEW.search_vector := NEW.title_vector || {PG_TEXT.format(t="NEW")};
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER sitesearch_entry_vectors BEFORE INSERT OR UPDATE ON sitesearch_searchentry
    FOR EACH ROW EXECUTE FUNCTION sitesearch_entry_vectors()""",
    f"""UPDATE sitesearch_searchentry SET title_vector = {PG_TITLE.format(t="sitesearch_searchentry")},
    search_vector = {PG_TITLE.format(t="sitesearch_searchentry")} || {PG_TEXT.format(t="sitesearch_searchentry")}""",
    "CREATE INDEX sitesearch_entry_search_vector ON sitesearch_searchentry USING gin (search_vector)",
    "CREATE INDEX sitesearch_entry_title_vector ON sitesearch_searchentry USING gin (title_vector)",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX sitesearch_term_trigrams ON sitesearch_searchterm USING gin (word gin_trgm_ops)",
    """INSERT INTO sitesearch_searchterm (word, entries)
    SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM sitesearch_searchentry') WHERE length(word) <= 64""",
]
POSTGRESQL_REVERSE = [
    "DROP TRIGGER sitesearch_entry_vectors ON sitesearch_searchentry",
    "DROP FUNCTION sitesearch_entry_vectors()",
    "ALTER TABLE sitesearch_searchentry DROP COLUMN title_vector, DROP COLUMN search_vector",
]

FTS_ROW = (
    "INSERT INTO sitesearch_entry_fts (rowid, title_folded, folded) VALUES (new.id, new.title_folded, new.folded);"
)
FTS_DELETE = (
    "INSERT INTO sitesearch_entry_fts (sitesearch_entry_fts, rowid, title_folded, folded)"
    " VALUES ('delete', old.id, old.title_folded, old.folded);"
)
SQLITE = [
    """CREATE VIRTUAL TABLE sitesearch_entry_fts USING fts5(title_folded, folded,
    content='sitesearch_searchentry', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    f"CREATE TRIGGER sitesearch_entry_fts_insert AFTER INSERT ON sitesearch_searchentry BEGIN {FTS_ROW} END",
    f"CREATE TRIGGER sitesearch_entry_fts_delete AFTER DELETE ON sitesearch_searchentry BEGIN {FTS_DELETE} END",
    f"""CREATE TRIGGER sitesearch_entry_fts_update AFTER UPDATE OF title_folded, folded ON sitesearch_searchentry
    BEGIN {FTS_DELETE} {FTS_ROW} END""",
    "INSERT INTO sitesearch_entry_fts (sitesearch_entry_fts) VALUES ('rebuild')",
    "CREATE VIRTUAL TABLE temp.sitesearch_vocabulary USING fts5vocab(main, 'sitesearch_entry_fts', 'row')",
    """INSERT INTO sitesearch_searchterm (word, entries)
    SELECT term, doc FROM temp.sitesearch_vocabulary WHERE length(term) <= 64""",
    "DROP TABLE temp.sitesearch_vocabulary",
]
SQLITE_REVERSE = [
    "DROP TRIGGER sitesearch_entry_fts_insert",
    "DROP TRIGGER sitesearch_entry_fts_delete",
    "DROP TRIGGER sitesearch_entry_fts_update",
    "DROP TABLE sitesearch_entry_fts",
]


def _run(statements: dict):
    def run(apps, schema_editor):
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0003_facets_and_kinds_from_the_registry"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                ("word", models.CharField(max_length=64, primary_key=True, serialize=False)),
                ("entries", models.IntegerField(default=0)),
            ],
        ),
        migrations.RunPython(
            _run({"postgresql": POSTGRESQL, "sqlite": SQLITE}),
            _run({"postgresql": POSTGRESQL_REVERSE, "sqlite": SQLITE_REVERSE}),
        ),
    ]
