from django.apps import AppConfig
from django.views.i18n import JavaScriptCatalog
from wagtail.admin.views import i18n


class AdminViConfig(AppConfig):
    name = "admin_vi"
    verbose_name = "Giao diện quản trị tiếng Việt"

    def ready(self):
        # Wagtail serves the admin's JavaScript strings from wagtail.admin's catalogue only
        # (wagtail.admin.views.i18n.js_catalog): add ours after it, so that ours win.
        i18n.js_catalog = JavaScriptCatalog.as_view(packages=["wagtail.admin", "admin_vi"])
