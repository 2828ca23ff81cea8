"""Wagtail's HTTP purge backend, fitted to nginx's ngx_cache_purge."""

import logging
import time
from http.client import HTTPConnection, HTTPException, HTTPSConnection
from urllib.parse import urlsplit, urlunsplit

from wagtail import __version__
from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger(__name__)


class NginxPurgeBackend(HTTPBackend):
    """Every address of a batch over one kept-alive connection, with a timeout (a hung nginx holds
    an editor's save for seconds, not forever); 404, "that address was not cached", is no error;
    an nginx that does not answer is one warning for the batch, not one per address."""

    def __init__(self, params):
        params = dict(params)
        self.timeout = float(params.pop("TIMEOUT", 2))
        super().__init__(params)

    def purge(self, url) -> None:
        self.purge_batch([url])

    def purge_batch(self, urls) -> None:
        urls, started = list(urls), time.monotonic()
        connection_class = HTTPSConnection if self.cache_scheme == "https" else HTTPConnection
        connection = connection_class(self.cache_netloc, timeout=self.timeout)
        refused = []
        try:
            for done, url in enumerate(urls):
                parts = urlsplit(url)
                headers = {"Host": parts.netloc, "User-Agent": f"Wagtail-frontendcache/{__version__}"}
                try:
                    connection.request("PURGE", urlunsplit(("", "", parts.path, parts.query, "")), headers=headers)
                    response = connection.getresponse()
                    response.read()
                except (OSError, HTTPException) as error:
                    logger.warning(
                        "Frontend cache %s did not answer (%s): %d addresses not purged",
                        self.cache_netloc,
                        error,
                        len(urls) - done,
                    )
                    return
                if response.status not in (200, 404):
                    refused.append(f"{url} ({response.status})")
        finally:
            connection.close()
        if refused:
            logger.warning("Frontend cache %s refused to purge: %s", self.cache_netloc, ", ".join(refused))
        logger.info(
            "Purged %d addresses at %s in %.0f ms", len(urls), self.cache_netloc, (time.monotonic() - started) * 1000
        )
