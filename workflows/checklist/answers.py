"""What the checklist answers the other plugins (``core.plugins.PageChecks``): the desk shows
each failure beside the field it is about before the page is sent."""

from core import plugins

from . import rules
from .models import ChecklistSettings


def failures(page, site) -> list[tuple[str, str]]:
    return rules.failures_by_rule(page, ChecklistSettings.for_site(site))


def text_failure(text: str) -> str | None:
    return rules.personal_numbers_message(rules.normalised(text))


def summary_max_length(site) -> int:
    return ChecklistSettings.for_site(site).summary_max_length


PAGE_CHECKS = plugins.PageChecks(failures, text_failure, summary_max_length)
