"""An honour record changes its roll's page (``pagecache.registry``); imports purge in ``renew_fragments_of``."""

from pagecache import registry

from .models import HonourRecord, HonourRollPage

registry.watch(HonourRecord, lambda record: list(HonourRollPage.objects.filter(pk=record.roll_id)))
