"""The editorial board's approval: rejecting needs a comment; approving publishes now or on a date."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from core.workflow_forms import RejectionForm

from .forms import ScheduledApprovalForm

EDITORIAL_TASK_NAME = "Ban Biên tập duyệt"


class EditorialTask(AbstractGroupApprovalTask):
    class Meta:
        verbose_name = _("Ban Biên tập duyệt")
        verbose_name_plural = _("Ban Biên tập duyệt")

    @classmethod
    def get_description(cls):
        return _("Thành viên các nhóm đã chọn duyệt bài; trả lại bài phải kèm nhận xét.")

    def can_approve(self, obj, user) -> bool:
        """A board member acts on their own Site's pages only: those they may publish."""
        return user.is_superuser or (self._user_in_groups(user) and obj.permissions_for_user(user).can_publish())

    def user_can_access_editor(self, obj, user):
        return self.can_approve(obj, user)

    def locked_for_user(self, obj, user):
        return not self.can_approve(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if user.is_superuser:
            return states
        mine = [
            s.pk
            for s in states.select_related("workflow_state")
            if self.can_approve(s.workflow_state.content_object, user)
        ]
        return states.filter(pk__in=mine)

    def get_actions(self, obj, user):
        if not self.can_approve(obj, user):
            return []
        return [
            ("reject", _("Trả lại, yêu cầu sửa"), True),
            ("approve", _("Duyệt và đăng ngay"), False),
            ("approve", _("Duyệt kèm nhận xét"), True),
            ("approve_scheduled", _("Duyệt, hẹn giờ đăng"), True),
        ]

    def get_form_for_action(self, action):
        if action == "reject":
            return RejectionForm
        if action == "approve_scheduled":
            return ScheduledApprovalForm
        return super().get_form_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "reject" and not (kwargs.get("comment") or "").strip():
            raise ValidationError(_("Trả lại bài phải kèm nhận xét."))
        if action_name == "approve_scheduled":
            page = task_state.workflow_state.content_object
            schedule_revision(page.get_latest_revision(), kwargs.pop("go_live_at"))
            action_name = "approve"
        super().on_action(task_state, user, action_name, **kwargs)


def schedule_revision(revision, go_live_at) -> None:
    """Set the go-live date on the revision to be published: publishing it then schedules it."""
    page = revision.as_object()
    page.go_live_at = go_live_at
    revision.content = page.serializable_data()
    revision.save(update_fields=["content"])
