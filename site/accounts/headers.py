"""Security headers: the Content-Security-Policy (strict on the public site, workable in the admin)
and a Permissions-Policy on every response."""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse

# Features no page of the site uses; refusing them also refuses them to embedded videos.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "browsing-topics",
    )
)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with one override by path: the Wagtail admin (and its previews, served under it)
    gets KHUYENHOC_ADMIN_CONTENT_SECURITY_POLICY, since Wagtail's admin needs inline scripts and
    styles; everything else gets CONTENT_SECURITY_POLICY (scripts from the site itself or with the
    request's nonce). A view's own django-csp decorator still wins."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(reverse("wagtailadmin_home")):
            parts.config = default_config(settings.KHUYENHOC_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
