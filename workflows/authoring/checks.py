"""The checklist's rules on the desk's form, each failure beside the field it is about, in the
checklist's own words (``core.plugins.PageChecks``). The checklist task in the workflow stays
the authority; without the checklist app nothing is checked here."""

from blocks.text import stream_text
from core import plugins

# the rule → the form field its failure belongs to (lead_image and personal_data: see below)
RULE_FIELDS = {"kind": "kind", "summary": "summary", "chapter_category": "category", "body": "body"}
ELSEWHERE = "__all__"  # a failure about something the desk does not show


def _personal_data_fields(page, checks: plugins.PageChecks) -> list[str]:
    texts = {
        "title": page.title,
        "summary": getattr(page, "summary", ""),
        "body": stream_text(page.body),
        "image_alt": page.lead_image.description if page.lead_image else "",
    }
    return [name for name, text in texts.items() if checks.text_failure(text or "")]


def field_for(code: str, page, checks: plugins.PageChecks) -> list[str]:
    if code == "lead_image":
        return ["image" if page.lead_image is None else "image_alt"]
    if code == "personal_data":
        return _personal_data_fields(page, checks) or [ELSEWHERE]
    return [RULE_FIELDS.get(code, ELSEWHERE)]


def field_failures(page, site) -> dict[str, list[str]]:
    """{field name: [failure messages]} for an unsaved or saved page on ``site``."""
    checks = plugins.provided(plugins.PageChecks)
    if checks is None:
        return {}
    found: dict[str, list[str]] = {}
    for code, message in checks.failures(page, site):
        for name in field_for(code, page, checks):
            found.setdefault(name, []).append(message)
    return found


def messages(failures: dict[str, list[str]]) -> list[str]:
    """Every failure once, in the order found."""
    return list(dict.fromkeys(message for found in failures.values() for message in found))
