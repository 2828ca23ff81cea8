"""The demo data's schemas: for each kind of file, its keys, their types, allowed values and references.

A schema is a plain dict of key -> field. `validate` returns the cleaned values (defaults filled in)
or raises a `DataError` naming the file and the line of the offending key, or of its table when the
key is missing. Unknown keys are errors too: a misspelt optional key would otherwise go unnoticed.
"""

import copy
import re
from datetime import date, datetime, time

from .files import Source

REQUIRED = object()
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Field:
    type_name = "một giá trị"

    def __init__(self, *, default=REQUIRED):
        self.default = default

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    def clean(self, source: Source, value, refs: dict, keys: tuple):
        if not self.accepts(value):
            raise source.error(keys, f"“{name_of(keys)}” phải là {self.type_name}, không phải {value!r}")
        return value

    def accepts(self, value) -> bool:
        return True


class Text(Field):
    type_name = "một chuỗi không rỗng"

    def __init__(self, *, pattern: re.Pattern | None = None, **kwargs):
        super().__init__(**kwargs)
        self.pattern = pattern

    def accepts(self, value) -> bool:
        return isinstance(value, str) and bool(value.strip()) and (not self.pattern or self.pattern.match(value))


class Slug(Text):
    type_name = "một slug (chữ thường không dấu, số, gạch nối)"

    def __init__(self, **kwargs):
        super().__init__(pattern=SLUG, **kwargs)


class Integer(Field):
    def __init__(self, *, minimum: int | None = None, maximum: int | None = None, **kwargs):
        super().__init__(**kwargs)
        self.minimum, self.maximum = minimum, maximum
        bounds = [f"≥ {minimum}" if minimum is not None else "", f"≤ {maximum}" if maximum is not None else ""]
        self.type_name = " ".join(["một số nguyên", *filter(None, bounds)])

    def accepts(self, value) -> bool:
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and (self.minimum is None or value >= self.minimum)
            and (self.maximum is None or value <= self.maximum)
        )


class Boolean(Field):
    type_name = "true hoặc false"

    def accepts(self, value) -> bool:
        return isinstance(value, bool)


class Date(Field):
    type_name = "một ngày TOML (2024-03-07, không có ngoặc kép)"

    def accepts(self, value) -> bool:
        return isinstance(value, date) and not isinstance(value, datetime)


class Time(Field):
    """A time of day as a quoted "08:00" (TOML's own local times need seconds)."""

    type_name = "một giờ dạng “HH:MM”"

    def clean(self, source, value, refs, keys):
        if isinstance(value, str) and re.fullmatch(r"\d\d:\d\d", value):
            try:
                return time.fromisoformat(value)
            except ValueError:
                pass
        raise source.error(keys, f"“{name_of(keys)}” phải là {self.type_name}, không phải {value!r}")


class MonthDay(Field):
    type_name = "một ngày trong năm dạng “MM-DD”"

    def accepts(self, value) -> bool:
        if not (isinstance(value, str) and re.fullmatch(r"\d\d-\d\d", value)):
            return False
        try:
            date.fromisoformat(f"2000-{value}")
        except ValueError:
            return False
        return True


class Choice(Field):
    def __init__(self, values, **kwargs):
        super().__init__(**kwargs)
        self.values = list(values)

    def clean(self, source, value, refs, keys):
        if value not in self.values:
            allowed = ", ".join(repr(v) for v in self.values)
            raise source.error(keys, f"“{name_of(keys)}” = {value!r} không thuộc các giá trị cho phép: {allowed}")
        return value


class Ref(Field):
    """The key of a record of another file: ``refs[kind]`` holds the keys that exist."""

    def __init__(self, kind: str, described: str, **kwargs):
        super().__init__(**kwargs)
        self.kind, self.described = kind, described

    def clean(self, source, value, refs, keys):
        if not isinstance(value, str) or value not in refs[self.kind]:
            raise source.error(keys, f"“{name_of(keys)}” = {value!r}: không có {self.described} nào như vậy")
        return value


class ListOf(Field):
    def __init__(self, item: Field, **kwargs):
        super().__init__(**kwargs)
        self.item = item

    def clean(self, source, value, refs, keys):
        if not isinstance(value, list):
            raise source.error(keys, f"“{name_of(keys)}” phải là một danh sách [ … ], không phải {value!r}")
        return [self.item.clean(source, item, refs, (*keys, i)) for i, item in enumerate(value)]


class Table(Field):
    """A TOML table (``[name]`` or an inline ``{ … }``) with its own schema."""

    def __init__(self, schema: dict, **kwargs):
        super().__init__(**kwargs)
        self.schema = schema

    def clean(self, source, value, refs, keys):
        if not isinstance(value, dict):
            raise source.error(keys, f"“{name_of(keys)}” phải là một bảng TOML, không phải {value!r}")
        return validate(source, value, self.schema, refs, keys)


class Tables(Field):
    """An array of tables (``[[name]]`` sections, or a list of inline tables), each with the schema."""

    def __init__(self, schema: dict, **kwargs):
        super().__init__(**kwargs)
        self.schema = schema

    def clean(self, source, value, refs, keys):
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise source.error(keys, f"“{name_of(keys)}” phải là một danh sách bảng TOML ([[{keys[-1]}]])")
        return [validate(source, item, self.schema, refs, (*keys, i)) for i, item in enumerate(value)]


def name_of(keys: tuple) -> str:
    """``record[3].chapter`` for ("record", 3, "chapter")."""
    text = ""
    for key in keys:
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
    return text


def validate(source: Source, data: dict, schema: dict, refs: dict | None = None, keys: tuple = ()) -> dict:
    """``data`` checked against ``schema``: the cleaned values, every optional key filled with its default."""
    refs = refs or {}
    for name in data:
        if name not in schema:
            allowed = ", ".join(schema)
            raise source.error(
                (*keys, name), f"khóa “{name_of((*keys, name))}” không dùng ở đây (dùng được: {allowed})"
            )
    cleaned = {}
    for name, field in schema.items():
        if name in data:
            cleaned[name] = field.clean(source, data[name], refs, (*keys, name))
        elif field.required:
            where = f" trong “{name_of(keys)}”" if keys else ""
            raise source.error(keys, f"thiếu khóa bắt buộc “{name}”{where}")
        else:
            cleaned[name] = copy.copy(field.default)
    return cleaned


def no_duplicates(documents: list, key: str, value_of=None) -> None:
    """Two files for the same page (``key``'s value, or ``value_of(document)``): the second would be
    skipped without a word, as a page is found by its slug under its parent."""
    seen = {}
    for document in documents:
        value = value_of(document) if value_of else document.data[key]
        if value in seen:
            raise document.error((key,), f"“{key}”: cùng một trang với {seen[value].path.name} (trùng slug)")
        seen[value] = document


# rows of the tables several kinds of file have (key figures, campaigns' figures, reports)
FIGURE = {"label": Text(), "value": Integer(), "unit": Text(default="")}
STATISTICS_ROW = {"label": Text(), "registered": Integer(minimum=0), "achieved": Integer(minimum=0)}
