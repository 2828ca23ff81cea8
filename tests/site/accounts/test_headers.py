"""Security headers: a strict CSP on the public site, a workable one in the admin, Permissions-Policy."""

from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.urls import reverse
from wagtail.models import Page

from accounts.headers import ContentSecurityPolicyMiddleware
from core.views import server_error
from tests.conftest import host_of

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in policy.split(";") if part.strip())}


class InlineCode(HTMLParser):
    """What a strict policy would block: inline scripts and styles without the nonce, style and on… attributes."""

    def __init__(self, nonce):
        super().__init__()
        self.nonce, self.blocked = nonce, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style") and "src" not in attrs and attrs.get("nonce") != self.nonce:
            self.blocked.append(self.get_starttag_text())
        self.blocked += [f"{tag} {name}" for name in attrs if name == "style" or name.startswith("on")]


def one_page_per_type():
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).specific():
        pages.setdefault(type(page), page)
    return pages.values()


@pytest.mark.parametrize("editor", [False, True], ids=["reader", "editor with the userbar"])
def test_public_pages_have_a_strict_policy_and_nothing_it_would_block(client, editor):
    if editor:
        client.force_login(get_user_model().objects.get(username="bientap"))
    for page in one_page_per_type():
        response = client.get(page.url, HTTP_HOST=host_of(page))
        assert response.status_code == 200, page.url
        csp = directives(response)
        assert "'unsafe-inline'" not in csp["script-src"] and "'unsafe-eval'" not in csp["script-src"], page.url
        assert "'unsafe-inline'" not in csp["style-src"], page.url
        assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'self'"]
        nonce = next((v[7:-1] for v in csp["script-src"] if v.startswith("'nonce-")), None)
        parser = InlineCode(nonce)
        parser.feed(response.content.decode())
        assert not parser.blocked, (page.url, parser.blocked)


def test_every_response_refuses_camera_microphone_and_location(client):
    for path in ("/", "/robots.txt", reverse("wagtailadmin_login"), "/khong-co-trang-nay/"):
        policy = client.get(path, HTTP_HOST="127.0.0.1:8000")["Permissions-Policy"]
        assert {"camera=()", "microphone=()", "geolocation=()"} <= set(policy.split(", ")), path


def test_the_admin_gets_its_own_workable_policy(client):
    client.force_login(get_user_model().objects.get(username="bientap"))
    response = client.get(reverse("wagtailadmin_home"))
    csp = directives(response)
    assert {"'self'", "'unsafe-inline'", "'unsafe-eval'"} <= set(csp["script-src"])
    assert not any(value.startswith("'nonce-") for value in csp["script-src"])  # a nonce would void unsafe-inline
    assert csp["frame-src"][0] == "'self'"  # the live preview's iframe
    assert reverse("wagtailadmin_login").startswith("/quan-tri/")
    assert "'unsafe-inline'" in directives(client.get(reverse("wagtailadmin_login")))["script-src"]


def test_previews_get_the_public_policy_and_may_be_framed_by_the_admin(client):
    """Wagtail renders a preview through the middleware again, as the page's own request: the
    preview is held to the readers' policy, and the admin's preview iframe (same origin) may show it."""
    client.force_login(get_user_model().objects.get(username="admin"))
    page = Page.objects.live().filter(depth=3).first()
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert response.status_code == 200
    csp = directives(response)
    assert csp["frame-ancestors"] == ["'self'"] and "'unsafe-inline'" not in csp["script-src"]
    assert "userbar.js" in response.content.decode()  # the preview's userbar, served by the site itself


def test_the_error_page_style_carries_the_nonce():
    request = RequestFactory().get("/")
    response = ContentSecurityPolicyMiddleware(server_error)(request)
    csp = directives(response)
    nonce = next(v for v in csp["style-src"] if v.startswith("'nonce-"))[7:-1]
    assert f'<style nonce="{nonce}">' in response.content.decode()


def test_documents_keep_wagtails_own_sandboxing_policy(client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    upload = ContentFile(b"<script>1</script>", name="k.txt")
    document = get_document_model().objects.create(title="Kế hoạch", file=upload)
    response = client.get(document.url, HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
