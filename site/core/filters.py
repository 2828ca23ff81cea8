"""django-filter pieces every listing's FilterSet uses instead of django-filter's own.

A page (a chapter, a bulletin issue) is looked up by ``page_ptr``, a relation, where Django does
not guard against integers the database cannot hold: ``?chapter=99999999999999999999`` stopped the
query with an OverflowError on SQLite. Such a value is now an invalid choice like any unknown id:
the listing ignores that filter and says so (``includes/filter_form.html``).
"""

import django_filters
from django.core.exceptions import ValidationError
from django_filters.fields import ModelChoiceField

from .ids import database_int


class IdModelChoiceField(ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not self.to_field_name and database_int(value) is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class ModelChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = IdModelChoiceField
