"""What the workflow plugins (``workflows/``) add to the core, each declared from its own
``AppConfig.ready()``: the core collects the declarations and never names a plugin, so a
plugin left out of INSTALLED_APPS (``KHUYENHOC_DISABLED_PLUGINS``) leaves nothing pointing at
it, the way ``wagtail.contrib.settings`` learns of settings models from ``@register_setting``.

- ``grant(role, app_label, *codenames)``: model permissions that every Site's board (``BOARD``)
  or every chapter's presidents (``PRESIDENTS``) hold, e.g. changing a plugin's per-Site settings;
  ``core.roles`` gives them with the core's own.
- ``add_workflow_step(order, model, name)``: a task of the default workflow "Bài cơ sở gửi"
  (``core.setup``), by order: the checklist at 0, the board's review at 10.
- ``provide(answer)``: what a plugin answers the others, one of the kinds below, which the
  asking plugin reads with ``provided(kind)`` (None when the answering one is switched off):
  ``PageChecks`` (the checklist, for the desk's form), ``MonthQuota`` (the quota, for the desk's
  progress line). A plugin never imports another.

Dashboard panels, menu items and admin URLs go through Wagtail's own hooks (``wagtail_hooks.py``).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

BOARD = "board"
PRESIDENTS = "presidents"


@dataclass(frozen=True)
class WorkflowStep:
    order: int
    model: type  # a wagtail.models.Task subclass, found or created by ``name``
    name: str
    boards_review: bool = False  # a group approval task that every Site's board belongs to


_grants: dict[str, dict[str, set[str]]] = {BOARD: {}, PRESIDENTS: {}}
_steps: dict[str, WorkflowStep] = {}


def grant(role: str, app_label: str, *codenames: str) -> None:
    """Declared again (``ready()`` may run twice), it adds nothing."""
    _grants[role].setdefault(app_label, set()).update(codenames)


def granted(role: str) -> dict[str, list[str]]:
    return {app_label: sorted(codenames) for app_label, codenames in _grants[role].items()}


def add_workflow_step(order: int, model: type, name: str, boards_review: bool = False) -> None:
    """One step per task model: declared again, it replaces the first."""
    _steps[model._meta.label_lower] = WorkflowStep(order, model, name, boards_review)


def workflow_steps() -> list[WorkflowStep]:
    return sorted(_steps.values(), key=lambda step: step.order)


# -- what a plugin answers the others ---------------------------------------


@dataclass(frozen=True)
class PageChecks:
    """The checks a page must pass before review, by rule."""

    failures: Callable  # (page, site) -> [(rule code, Vietnamese message)] of the failing rules
    text_failure: Callable  # (text) -> the personal-data failure of one field's text, or None
    summary_max_length: Callable  # (site) -> the longest summary the Site allows


@dataclass(frozen=True)
class ChapterMonth:
    """A chapter's tin and bài sent this month, against its Site's quota."""

    month: int
    tin: int
    target_tin: int
    bai: int
    target_bai: int
    met: bool


@dataclass(frozen=True)
class MonthQuota:
    this_month: Callable  # (site) -> {chapter pk: ChapterMonth} for every chapter of the Site


Answer = TypeVar("Answer")
_answers: dict[type, object] = {}


def provide(answer: object) -> None:
    """Provided again, it replaces the first."""
    _answers[type(answer)] = answer


def provided(kind: type[Answer]) -> Answer | None:
    return _answers.get(kind)
