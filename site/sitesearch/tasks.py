"""Index updates that Elasticsearch missed, retried later (see ``resilient_elasticsearch``)."""

import logging

from django.apps import apps
from django_tasks import task
from wagtail.search.backends import get_search_backends

from background.retry import schedule_retry

from .resilient_elasticsearch import FAULTS, ResilientElasticsearchBackend

logger = logging.getLogger(__name__)


def queue_index_retry(obj, error: BaseException) -> None:
    """The failed write was attempt 1: queue attempt 2, whatever the object's state then."""
    args = (obj._meta.app_label, obj._meta.model_name, str(obj.pk))
    if schedule_retry(retry_index_write, 1, *args, error=error):
        logger.warning("Elasticsearch missed %s.%s %s (%s); queued to retry", *args, error)
    else:
        logger.error("Elasticsearch missed %s.%s %s (%s); no task queue to retry it", *args, error)


@task()
def retry_index_write(app_label: str, model_name: str, pk: str, attempt: int = 1, last_error: str = "") -> None:
    model = apps.get_model(app_label, model_name)
    for backend in get_search_backends(with_auto_update=True):
        if not isinstance(backend, ResilientElasticsearchBackend):
            continue
        try:
            backend.write_now(model, pk)
        except FAULTS as error:
            if not schedule_retry(retry_index_write, attempt, app_label, model_name, pk, error=error):
                raise
