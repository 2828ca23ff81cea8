"""What a chapter's page shows of the content types that belong to chapters (its latest news,
its upcoming events): each type adds its own from its models module, so chapters imports none."""

from collections.abc import Callable

_sections: dict[str, Callable] = {}


def chapter_section(name: str):
    """Decorator: ``lookup(chapter)`` is the chapter page's context variable ``name``."""

    def register(lookup: Callable) -> Callable:
        _sections[name] = lookup
        return lookup

    return register


def sections_of(chapter) -> dict:
    return {name: lookup(chapter) for name, lookup in _sections.items()}
