"""Search backends: the database by default, Elasticsearch 9 when ELASTICSEARCH_URL is set.

Folding happens in our code (sitesearch), so any backend works; the Elasticsearch
analysers fold as well (lowercase + asciifolding, which maps đ to d), so that
Wagtail's own admin search behaves the same.
"""

# Wagtail's database backend, but for the site search's entries: they have an index of their own,
# kept by the database (sitesearch.dbindex), and this backend keeps their vocabulary.
DATABASE_BACKEND = {"BACKEND": "sitesearch.database_backend", "AUTO_UPDATE": True}

VIETNAMESE_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {"vi_folding": {"type": "asciifolding", "preserve_original": False}},
            "analyzer": {
                # Wagtail's full-text fields use "default"; autocomplete fields keep Wagtail's own
                "default": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "vi_folding"]},
                "default_search": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "vi_folding"]},
            },
        }
    }
}


def search_backends(
    elasticsearch_url: str, index_prefix: str = "khuyenhoc_", timeout: float = 2, breaker_seconds: int = 30
) -> dict:
    """Elasticsearch behind a circuit breaker (``sitesearch.resilient_elasticsearch``): a short
    timeout, no retries, and after a failure the database answers for ``breaker_seconds``."""
    if not elasticsearch_url:
        return {"default": DATABASE_BACKEND}
    return {
        "default": {
            "BACKEND": "sitesearch.resilient_elasticsearch",
            "URLS": [elasticsearch_url],
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": VIETNAMESE_INDEX_SETTINGS,
            "AUTO_UPDATE": True,
            "FALLBACK": "database",
            "BREAKER_SECONDS": breaker_seconds,
        },
        # kept in step too, so a query can fall back when Elasticsearch does not answer
        "database": DATABASE_BACKEND,
    }
