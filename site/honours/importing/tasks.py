"""The background half of an import: the dry run, the import, and the search index once after."""

from django_tasks import task

from ..models import HonourRollPage
from ..models_import import HonourImport, ImportStatus
from . import indexing, jobs


@task()
def check_import(job_id: int) -> None:
    job = HonourImport.objects.filter(pk=job_id, status=ImportStatus.CHECKING).select_related("roll").first()
    if job is not None:
        jobs.check(job)


@task()
def run_import(job_id: int) -> None:
    job = HonourImport.objects.filter(pk=job_id, status=ImportStatus.IMPORTING).select_related("roll").first()
    if job is not None and jobs.run(job) is not None:
        index_roll.enqueue(job.roll_id)


@task()
def index_roll(roll_id: int) -> None:
    roll = HonourRollPage.objects.filter(pk=roll_id).first()
    if roll is not None:
        indexing.index_roll(roll)
