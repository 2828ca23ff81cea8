from django.apps import AppConfig


class BackupsConfig(AppConfig):
    """`manage.py backup` and `manage.py restore`: the database, the media and a manifest in one archive."""

    name = "backups"
    verbose_name = "Sao lưu và khôi phục"
