"""The automatic "Kiểm tra trước khi duyệt" task and its per-Site settings."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site, Task, TaskState

from . import rules

CHECKLIST_TASK_NAME = "Kiểm tra trước khi duyệt"


class ChecklistSettingsForm(WagtailAdminModelForm):
    disabled_rules = forms.MultipleChoiceField(
        label=_("Tắt các quy tắc"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=rules.rule_choices,
    )


@register_setting(icon="tasks")
class ChecklistSettings(BaseSiteSetting):
    disabled_rules = models.JSONField(_("Quy tắc đã tắt"), default=list, blank=True)
    summary_max_length = models.PositiveIntegerField(_("Độ dài tối đa của tóm tắt (ký tự)"), default=300)

    base_form_class = ChecklistSettingsForm
    panels = [FieldPanel("disabled_rules"), FieldPanel("summary_max_length")]

    class Meta:
        verbose_name = _("Kiểm tra trước khi duyệt")


class ChecklistTask(Task):
    """Runs the rules on the submitted revision: passes it on, or returns it to the
    author with the list of failures as the task's comment."""

    class Meta:
        verbose_name = _("Kiểm tra tự động")
        verbose_name_plural = _("Kiểm tra tự động")

    @classmethod
    def get_description(cls):
        return _("Tự kiểm tra bài theo các quy tắc; bài chưa đạt được trả lại tác giả kèm lý do.")

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        page = task_state.revision.as_object()
        site = page.get_site() or Site.objects.get(is_default_site=True)
        problems = rules.failures(page, ChecklistSettings.for_site(site))
        if problems:
            task_state.reject(user=None, update=False, comment="\n".join(problems))
        else:
            task_state.approve(user=None, update=False, comment="")
        return TaskState.objects.get(pk=task_state.pk)

    def get_actions(self, obj, user):
        return []
