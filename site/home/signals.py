"""A home page in a new locale (a translation) gets its Site's board and roles (``core.setup``)."""

from django.db.models.signals import post_save

from core.setup import new_home_is_the_boards

from .models import HomePage


def connect() -> None:
    post_save.connect(new_home_is_the_boards, sender=HomePage, dispatch_uid="editors_on_new_site_root")
