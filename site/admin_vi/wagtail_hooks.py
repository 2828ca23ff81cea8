from django.urls import path
from django.views.i18n import JavaScriptCatalog
from wagtail import hooks


@hooks.register("register_admin_urls")
def localize_js_catalogue():
    """wagtail-localize's editor reads its strings from /localize/jsi18n/, served from its own
    catalogue only. This app's hooks run before wagtail-localize's (INSTALLED_APPS order), so
    this pattern answers that URL first, with our catalogue merged after theirs."""
    return [
        path(
            "localize/jsi18n/",
            JavaScriptCatalog.as_view(packages=["wagtail_localize", "admin_vi"]),
            name="admin_vi_localize_javascript_catalog",
        )
    ]
