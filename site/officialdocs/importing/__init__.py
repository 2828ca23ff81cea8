"""Word, PDF and text files made into draft plans and reports: read (``sources``), parsed (``parsing``),
saved as drafts (``drafts``)."""

from .drafts import ImportRefused, create_draft
from .parsing import parse
from .sources import UnreadableDocument, read


def import_document(*, site, user, file_name: str, data: bytes, kind: str = ""):
    """The draft page made from the file; raises UnreadableDocument or ImportRefused with a Vietnamese message."""
    imported = parse(read(file_name, data), kind)
    return create_draft(imported, site=site, user=user, file_name=file_name, data=data), imported


__all__ = ["ImportRefused", "UnreadableDocument", "import_document"]
