"""Single-line fields (a model CharField: a title, a venue, a name) refuse line breaks.

A browser's text input cannot hold one, but a pasted or posted value can, and it only failed
later: Django refuses a mail subject with a line break (``BadHeaderError``, in the workflow's
notifications), and it breaks the lines of a feed or a calendar. The admin form says so instead.
"""

import re

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

# every character str.splitlines() breaks at
LINE_BREAK = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


class SingleLineCheck:
    """Mixed into the admin's model forms: a line break in a CharField is a form error."""

    def clean(self):
        cleaned_data = super().clean()
        for name, value in list(cleaned_data.items()):
            if isinstance(value, str) and LINE_BREAK.search(value) and self._is_single_line(name):
                label = capfirst(self.fields[name].label or name)
                self.add_error(name, _("%(field)s không được xuống dòng.") % {"field": label})
        return cleaned_data

    def _is_single_line(self, name: str) -> bool:
        if name not in self.fields:
            return False
        try:
            return isinstance(self._meta.model._meta.get_field(name), models.CharField)
        except FieldDoesNotExist:  # a form-only field
            return False


class SingleLineModelForm(SingleLineCheck, WagtailAdminModelForm):
    """Settings and snippets that have no image or document to check."""
