"""Site-wide views: the Vietnamese error pages, robots.txt."""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)


def robots_txt(request):
    """Crawlers may read everything public; the admin and search result pages are not worth indexing."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /quan-tri/",
        "Disallow: /tim-kiem/",
        *(f"Disallow: /{code}/tim-kiem/" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE),
        "Disallow: /api/",
        "Allow: /",
        "",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
