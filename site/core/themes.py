"""Themes: each Site picks a folder under themes/; templates fall back to themes/base.

The current theme lives in a context variable set per request, so the template
loader (and its cache) can tell one Site's templates from another's.
"""

import json
from contextvars import ContextVar
from functools import cache, lru_cache
from pathlib import Path

from django import forms
from django.conf import settings
from django.template.loaders import cached, filesystem
from wagtail.models import Site

_current_theme: ContextVar[str] = ContextVar("khuyenhoc_theme", default="")


@lru_cache(maxsize=1)
def available_themes() -> tuple[str, ...]:
    """The theme folders, read once: a new theme ships with new static files and a restart."""
    themes_dir = Path(settings.THEMES_DIR)
    return tuple(sorted(p.name for p in themes_dir.iterdir() if (p / "templates").is_dir()))


@cache
def theme_label(name: str) -> str:
    """The name a theme gives itself in its theme.json ({"name": "…"}), else its folder name."""
    try:
        data = json.loads((Path(settings.THEMES_DIR) / name / "theme.json").read_text(encoding="utf-8"))
        label = str(data.get("name") or "").strip()
    except (OSError, ValueError, AttributeError):
        label = ""
    if not label and name == settings.DEFAULT_THEME:
        label = "Giao diện cơ sở"
    return f"{label} ({name})" if label and label != name else name


def theme_choices() -> list[tuple[str, str]]:
    """(folder, label) of every theme, the base theme first: the admin's select."""
    names = sorted(available_themes(), key=lambda name: (name != settings.DEFAULT_THEME, name))
    return [(name, theme_label(name)) for name in names]


class ThemeSelect(forms.Select):
    """A select of the theme folders, read when the form is drawn: adding a theme
    needs no migration (the model field stays a plain CharField)."""

    def __init__(self, attrs=None, choices=theme_choices):
        super().__init__(attrs, choices)

    def optgroups(self, name, value, attrs=None):
        # a theme whose folder is gone stays visible (and fails validation) instead of
        # the browser silently selecting the first option
        known = {str(choice) for choice, _label in self.choices}
        missing = [(v, f"{v} – không tìm thấy thư mục") for v in value if v and v not in known]
        if missing:
            self.choices = [*self.choices, *missing]
        return super().optgroups(name, value, attrs)


def current_theme() -> str:
    return _current_theme.get() or settings.DEFAULT_THEME


def theme_for_request(request) -> str:
    from .models import SiteIdentity  # cycle: core.models imports this module for the theme field

    if Site.find_for_request(request) is None:
        return settings.DEFAULT_THEME
    # cached on the request: the templates' header and footer read the same instance
    theme = SiteIdentity.for_request(request).theme
    return theme if theme in available_themes() else settings.DEFAULT_THEME


class ThemeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_theme.set(theme_for_request(request))
        try:
            return self.get_response(request)
        finally:
            _current_theme.reset(token)


class ThemeLoader(filesystem.Loader):
    """Looks in the current theme's templates, then in the base theme's."""

    def get_dirs(self):
        themes_dir = Path(settings.THEMES_DIR)
        names = dict.fromkeys([current_theme(), settings.DEFAULT_THEME])
        return [themes_dir / name / "templates" for name in names]


class ThemeCachedLoader(cached.Loader):
    def cache_key(self, template_name, skip=None):
        return f"{current_theme()}:{super().cache_key(template_name, skip)}"


def theme_context(request):
    theme = current_theme()
    return {"theme": {"name": theme, "static": f"{theme}/"}}
