"""Counts beside a listing's filter options ("2023 (26)"): how many rows choosing that option
would give, the reader's other filters kept. The database counts, one GROUP BY per filter: a
roll may hold tens of thousands of rows."""

from django.db.models import Count

from .formatting import so


class FacetCountsMixin:
    """For a django-filter FilterSet whose ``facets`` are ChoiceFilters given their options as a
    list (``filters[name].extra["choices"]``) before the form is built."""

    facets: tuple[str, ...] = ()

    def applied_values(self) -> dict:
        """The filters the listing applies: the valid, non-blank ones (django-filter ignores the rest)."""
        if not self.is_bound:
            return {}
        self.form.is_valid()
        return {name: value for name, value in self.form.cleaned_data.items() if value not in (None, "")}

    def facet_counts(self, name: str) -> dict[str, int]:
        """Rows per value of the facet ``name``, under every other applied filter."""
        rows = self.queryset
        for other, value in self.applied_values().items():
            if other != name:
                rows = self.filters[other].filter(rows, value)
        grouped = rows.order_by().values_list(self.filters[name].field_name).annotate(n=Count("pk"))
        return {str(value): n for value, n in grouped}

    def count_options(self) -> None:
        """Writes each facet option's count into its label."""
        for name in self.facets:
            counts = self.facet_counts(name)
            options = self.filters[name].extra["choices"]
            self.form.fields[name].choices = [
                (value, f"{label} ({so(counts.get(str(value), 0))})") for value, label in options
            ]
