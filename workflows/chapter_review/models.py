"""A review by the chapter above the page's chapter (a district reviews its communes),
resolved per page, so one task serves every chapter."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Task, TaskState

from core.models import ChapterRoles
from core.roles import is_president_of
from core.workflow_forms import RejectionForm


def reviewing_chapter(page):
    """The chapter whose president reviews ``page``: the parent of the page's own chapter."""
    chapter = page.specific.get_chapter() if hasattr(page.specific, "get_chapter") else None
    return chapter.parent_chapter if chapter is not None else None


def is_reviewer(user, page) -> bool:
    chapter = reviewing_chapter(page)
    return chapter is not None and is_president_of(user, chapter)


def presided_keys(user) -> set:
    """The keys (``translation_key``) of the chapters ``user`` presides, by the same
    ``ChapterRoles`` link as ``is_president_of``: one query."""
    return set(ChapterRoles.objects.filter(presidents__in=user.groups.all()).values_list("chapter_key", flat=True))


class ChapterReviewTask(Task):
    class Meta:
        verbose_name = _("Hội cấp trên duyệt")
        verbose_name_plural = _("Hội cấp trên duyệt")

    @classmethod
    def get_description(cls):
        return _("Chủ tịch hội cấp trên của chi hội viết bài duyệt; bài của hội không có cấp trên được chuyển tiếp.")

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        if reviewing_chapter(workflow_state.content_object) is None:
            task_state.approve(user=None, update=False, comment=str(_("Không có hội cấp trên, chuyển tiếp.")))
            return TaskState.objects.get(pk=task_state.pk)
        return task_state

    def user_can_access_editor(self, obj, user):
        return user.is_superuser or is_reviewer(user, obj)

    def locked_for_user(self, obj, user):
        return not (user.is_superuser or is_reviewer(user, obj))

    def get_actions(self, obj, user):
        if user.is_superuser or is_reviewer(user, obj):
            return [
                ("reject", _("Trả lại, yêu cầu sửa"), True),
                ("approve", _("Đồng ý, chuyển Ban Biên tập"), False),
            ]
        return []

    def get_form_for_action(self, action):
        return RejectionForm if action == "reject" else super().get_form_for_action(action)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """Feeds every admin user's "awaiting your review": someone who presides no chapter
        (the board, most users) costs one query and no page is looked at."""
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        keys = presided_keys(user)
        if not keys:
            return TaskState.objects.none()
        # few pages wait at once: resolving each one's reviewing chapter in Python is cheap and exact
        reviewable = [
            state.pk
            for state in states.select_related("workflow_state")
            if getattr(reviewing_chapter(state.workflow_state.content_object), "translation_key", None) in keys
        ]
        return states.filter(pk__in=reviewable)
