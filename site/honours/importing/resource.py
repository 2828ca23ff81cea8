"""The row work of an import, done by django-import-export: each row of the prepared dataset
becomes an unsaved ``HonourRecord`` or a rejection with its reasons, and duplicates are flagged.

Nothing is written here. The resource always runs as a dry run; the records it prepares are
kept (``ready``) and written afterwards by ``RollImport.run`` in one transaction.
"""

import logging

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _
from import_export import fields, resources, results

from ..models import HonourRecord
from .chapters import ChapterLookup
from .text import folded
from .widgets import (
    AdultWidget,
    AmountWidget,
    BirthYearWidget,
    ChapterWidget,
    KindWidget,
    QuantityWidget,
    TextWidget,
    YearWidget,
)

logger = logging.getLogger(__name__)
ROW_COLUMN = "_row"  # the spreadsheet's row number, carried along for the report
COLUMNS = [
    "recipient_name",
    "recipient_kind",
    "birth_year",
    "school_class",
    "award",
    "programme",
    "year",
    "amount",
    "quantity",
    "chapter",
    "is_adult",
    "note",
]
PREVIEW_ROWS = 20


def duplicate_key(name, year, award, school_class) -> tuple:
    """Two records are the same award when name, year, award and school agree, folded."""
    return folded(name), int(year), folded(award), folded(school_class)


class RowResult(results.RowResult):
    """Without the record's text (for Django admin's log, which an import here never writes): one
    ``str(record)`` less per row."""

    def add_instance_info(self, instance):
        self.object_id = getattr(instance, "pk", None)


def _field(name, widget, attribute=None):
    return fields.Field(attribute=attribute or name, column_name=name, widget=widget)


class HonourRecordResource(resources.ModelResource):
    recipient_name = _field("recipient_name", TextWidget(_("Họ và tên"), missing=_("Thiếu họ và tên.")))
    recipient_kind = _field("recipient_kind", KindWidget())
    birth_year = _field("birth_year", BirthYearWidget())
    school_class = _field("school_class", TextWidget(_("Lớp, trường")))
    award = _field("award", TextWidget(_("Hình thức"), missing=_("Thiếu hình thức vinh danh.")))
    programme = _field("programme", TextWidget(_("Chương trình")))
    year = _field("year", YearWidget())
    amount = _field("amount", AmountWidget())
    quantity = _field("quantity", QuantityWidget())
    chapter = _field("chapter", None, attribute="chapter_id")  # its widget needs the roll: see __init__
    is_adult = _field("is_adult", AdultWidget())
    note = _field("note", TextWidget(_("Ghi chú")))

    class Meta:
        model = HonourRecord
        fields = COLUMNS
        import_order = COLUMNS
        force_init_instance = True  # every row is a new record: no lookup per row
        use_bulk = True  # no savepoint per row (``save_instance`` keeps the records instead of writing them)
        skip_diff = True
        clean_model_instances = False  # the widgets check every cell, in Vietnamese

    def __init__(self, roll, *, keep: bool = False, skip_duplicates: bool = True):
        super().__init__()
        self.roll, self.keep, self.skip_duplicates = roll, keep, skip_duplicates
        self.chapters = ChapterLookup(roll)
        self.fields["chapter"].widget = ChapterWidget(self.chapters)
        existing = roll.records.values_list("recipient_name", "year", "award", "school_class")
        self.existing = {duplicate_key(*values) for values in existing.iterator(chunk_size=5000)}
        self.seen: dict[tuple, int] = {}
        self.ready: list[HonourRecord] = []
        self.valid = 0
        self.rejected: list[tuple[int, str]] = []
        self.duplicates: list[tuple[int, int | None]] = []
        self.preview: list[dict] = []

    @classmethod
    def get_row_result_class(cls):
        return RowResult

    def get_import_fields(self):
        """import-export works the list out again for every row; it never changes."""
        if not hasattr(self, "_import_fields"):
            self._import_fields = super().get_import_fields()
        return self._import_fields

    def init_instance(self, row=None):
        return HonourRecord(roll=self.roll)

    def import_instance(self, instance, row, **kwargs):
        """The cells one by one (import-export), then what only the whole row can tell."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if "birth_year" not in errors and "year" not in errors and (instance.birth_year or 0) > instance.year:
            later = _("Năm sinh %(birth)s sau năm vinh danh %(year)s.")
            errors["birth_year"] = [later % {"birth": instance.birth_year, "year": instance.year}]
        if errors:
            raise ValidationError(errors)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """A valid row that repeats an existing record, or an earlier row of the file, is flagged
        (and left out when ``skip_duplicates``)."""
        if import_validation_errors:
            return False
        key = duplicate_key(instance.recipient_name, instance.year, instance.award, instance.school_class)
        number = row[ROW_COLUMN]
        if key in self.existing:
            self.duplicates.append((number, None))
        elif key in self.seen:
            self.duplicates.append((number, self.seen[key]))
        else:
            self.seen[key] = number
            return False
        return self.skip_duplicates

    def save_instance(self, instance, is_create, row, **kwargs):
        """Kept for ``RollImport.run`` instead of written now."""
        self.valid += 1
        if self.keep:
            self.ready.append(instance)
        if len(self.preview) < PREVIEW_ROWS:
            self.preview.append(self._shown(instance, row[ROW_COLUMN]))

    def import_row(self, row, instance_loader, **kwargs):
        row_result = super().import_row(row, instance_loader, **kwargs)
        if row_result.validation_error is not None:
            self.rejected.append((row[ROW_COLUMN], _messages(row_result.validation_error)))
        elif row_result.errors:
            logger.warning("Honour import: row %s failed", row[ROW_COLUMN], exc_info=row_result.errors[0].error)
            self.rejected.append((row[ROW_COLUMN], str(_("Dòng này không đọc được."))))
        return row_result

    def _shown(self, record, number) -> dict:
        return {
            "row": number,
            "recipient_name": record.recipient_name,
            "public_name": record.public_name,
            "is_minor": record.is_minor,
            "recipient_kind": str(record.get_recipient_kind_display()),
            "birth_year": record.birth_year,
            "school_class": record.school_class,
            "award": record.award,
            "programme": record.programme,
            "year": record.year,
            "amount": record.amount,
            "quantity": record.quantity,
            "chapter": self.chapters.names.get(record.chapter_id, ""),
            "note": record.note,
        }


def _messages(error: ValidationError) -> str:
    """The reasons of a rejected row, in the order of the columns."""
    by_field = error.message_dict
    ordered = [*COLUMNS, NON_FIELD_ERRORS]
    keys = sorted(by_field, key=lambda key: ordered.index(key) if key in ordered else len(ordered))
    return " ".join(message for key in keys for message in by_field[key])
