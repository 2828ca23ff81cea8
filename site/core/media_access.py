"""Images and documents a form may attach, checked on the server.

The choosers show a president only their chapter's collection and a board only its Site's,
but a form accepts any id that is posted. Every form that takes an image or a document
(a foreign key, a StreamField block, a rich-text embed or link) refuses one the user may not
choose, unless the object already had it: editing a page never fails over a picture someone
else put there. Page forms also choose other pages
(a chapter) only from their own Site.
"""

from django.core.exceptions import FieldDoesNotExist
from django.forms.models import ModelForm
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

from .single_line import SingleLineCheck
from .trees import under_sites


def _policies() -> dict:
    """Media model → its permission policy (looked up per form: this module loads with the models)."""
    return {model: policy_registry.get_by_type(model) for model in (get_image_model(), get_document_model())}


def _media_in(model_field, value, policies) -> set[tuple[type, str]]:
    """(model, id) of every image or document the value of one model field refers to."""
    if value is None or value == "":
        return set()
    related = getattr(model_field, "related_model", None)
    if model_field.many_to_one and related in policies:
        return {(related, str(value.pk))}
    if hasattr(model_field, "extract_references"):
        return {
            (model, str(object_id))
            for model, object_id, _path, _content_path in model_field.extract_references(value)
            if model in policies
        }
    return set()


def _refused(form: ModelForm, user, policies) -> dict[str, list]:
    """Field name → the media newly posted in it that ``user`` may not choose."""
    refused = {}
    for name, value in form.cleaned_data.items():
        try:
            model_field = form._meta.model._meta.get_field(name)
        except FieldDoesNotExist:  # a form-only field
            continue
        before = _media_in(model_field, getattr(form.instance, name, None), policies) if form.instance.pk else set()
        for model, object_id in _media_in(model_field, value, policies) - before:
            obj = model.objects.filter(pk=object_id).first()
            if obj is not None and not policies[model].user_has_permission_for_instance(user, "choose", obj):
                refused.setdefault(name, []).append(obj)
    return refused


class MediaChoiceCheck:
    """Mixed into Wagtail's admin forms, which know their user as ``for_user``."""

    def clean(self):
        cleaned_data = super().clean()
        user = getattr(self, "for_user", None)
        if user is None or user.is_superuser:
            return cleaned_data
        for name, objects in _refused(self, user, _policies()).items():
            self.add_error(
                name,
                _("Bạn không được dùng “%(title)s”: ảnh hoặc tài liệu này thuộc thư mục của đơn vị khác.")
                % {"title": objects[0]},
            )
        return cleaned_data


class MediaCheckedModelForm(SingleLineCheck, MediaChoiceCheck, WagtailAdminModelForm):
    """Snippets and settings that take an image or a document."""


class MediaCheckedPageForm(SingleLineCheck, MediaChoiceCheck, WagtailAdminPageForm):
    """Every page type's admin form (``BasePage.base_form_class``): no line break in a title either."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_page_choices_to_site(self)


def limit_page_choices_to_site(form) -> None:
    """A page form's choices of other pages (a news item's or an event's chapter) come from the
    page's own Site: posting another Site's chapter id is an invalid choice."""
    page = form.instance if form.instance.pk else getattr(form, "parent_page", None)
    site = page.get_site() if page is not None else None
    if site is None:
        return
    in_site = under_sites([site])
    for field in form.fields.values():
        queryset = getattr(field, "queryset", None)
        if queryset is not None and issubclass(queryset.model, Page):
            field.queryset = queryset.filter(in_site)
