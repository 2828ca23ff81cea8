"""Compile the project's translation catalogues (.po → .mo) without GNU gettext.

Django's ``compilemessages`` needs ``msgfmt``, which many machines lack; Babel
(pure Python) reads and writes the same files. The catalogues compiled are those
of ``settings.LOCALE_PATHS`` and the ``locale/`` folders of the project's own apps
(never those of installed packages). A ``.mo`` newer than its ``.po`` is left alone.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import tempfile
from pathlib import Path

from babel.core import Locale, UnknownLocaleError
from babel.messages.catalog import Catalog, TranslationError
from babel.messages.checkers import _validate_format
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def project_locale_dirs() -> list[Path]:
    """LOCALE_PATHS, then the locale folders of the apps that live in this repository."""
    base = Path(settings.BASE_DIR).resolve()
    venvs = [base / ".venv", base / "venv"]
    dirs = [Path(path).resolve() for path in settings.LOCALE_PATHS]
    for app_config in apps.get_app_configs():
        app_path = Path(app_config.path).resolve()
        if not app_path.is_relative_to(base) or any(app_path.is_relative_to(v) for v in venvs):
            continue
        if "site-packages" in app_path.parts:
            continue
        dirs.append(app_path / "locale")
    unique = []
    for path in dirs:
        if path.is_dir() and path not in unique:
            unique.append(path)
    return unique


def catalogues_under(path: Path) -> list[Path]:
    if path.is_file():
        return [path] if path.suffix == ".po" else []
    return sorted(path.glob("**/LC_MESSAGES/*.po"))


def is_stale(po: Path, mo: Path) -> bool:
    return not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime


# makemessages writes two empty msgstr[n] for Vietnamese (nplurals=1): gettext never reads
# the surplus one, so it is no reason to refuse a catalogue.
HARMLESS = ("msg has more translations than num_plurals of catalog",)
# Babel forgives an unclosed quote; msgfmt does not, and neither do we.
QUOTED = r'"(?:[^"\\]|\\.)*"'
LINE = re.compile(rf"^(?:(?:msgctxt|msgid|msgid_plural|msgstr|msgstr\[\d+\])\s+)?{QUOTED}\s*$")


class BrokenCatalogue(Exception):
    pass


class KeepPluralForms(Catalog):
    """Babel writes Plural-Forms only for locales it knows: keep the .po's for the others
    (blt, hmn), or gettext would count their plurals the English way."""

    @property
    def mime_headers(self):
        headers = Catalog.mime_headers.fget(self)
        if self.locale is None and not any(name == "Plural-Forms" for name, _ in headers):
            at = next((i for i, (name, _) in enumerate(headers) if name == "MIME-Version"), len(headers))
            headers.insert(at, ("Plural-Forms", self.plural_forms))
        return headers

    @mime_headers.setter
    def mime_headers(self, headers):
        Catalog.mime_headers.fset(self, headers)


def read_catalogue(po: Path):
    """Read a .po; BrokenCatalogue with the reasons if it is malformed.

    Babel may not know the locale (blt, hmn): then the catalogue is read without one.
    Babel reports problems on stdout unless told to abort on the first; reading them
    lets the harmless ones through and names every problem at once.
    """
    try:
        text = po.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise BrokenCatalogue(f"không phải UTF-8 ({error})") from error
    problems = [
        f"dòng {number}: {line!r}"
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#") and not LINE.match(line)
    ]
    locale = po.parent.parent.name if po.parent.name == "LC_MESSAGES" else None
    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        locale = None
    report = io.StringIO()
    try:
        with contextlib.redirect_stdout(report):
            catalogue = read_po(io.BytesIO(text.encode("utf-8")), locale=locale)
    except Exception as error:  # Babel's own parse errors (bad header, escapes...)
        raise BrokenCatalogue(str(error)) from error
    warnings = report.getvalue().splitlines()
    problems += [
        f"{message.removeprefix('WARNING: ')} ({where.removeprefix('WARNING: Problem on ')})"
        for message, where in zip(warnings[::2], warnings[1::2], strict=False)
        if message.removeprefix("WARNING: ") not in HARMLESS
    ]
    if problems:
        raise BrokenCatalogue("; ".join(dict.fromkeys(problems)))
    # Babel would write an untranslated plural entry with the msgid as its translation,
    # hiding the fallback language; msgfmt leaves such entries out, and so do we.
    for message in list(catalogue):
        if message.id and message.pluralizable and not any(message.string):
            catalogue.delete(message.id, context=message.context)
    catalogue.__class__ = KeepPluralForms
    return catalogue


def check(catalogue):
    """The translated entries' errors, as msgfmt --check-format sees them.

    A placeholder of the translation must exist in the msgid (or, for plurals, in
    msgid_plural: a language with one form uses the plural's placeholders); a
    translated plural entry needs every form the catalogue's Plural-Forms asks for.
    Untranslated entries and surplus empty forms (makemessages writes two for vi)
    are fine: gettext falls back to the msgid.
    """
    for message in catalogue:
        if not message.id or message.fuzzy:
            continue
        ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        if not any(strings):
            continue
        if message.pluralizable and not all(strings[: catalogue.num_plurals]):
            yield message, f"cần đủ {catalogue.num_plurals} dạng số nhiều (Plural-Forms)"
        if "python-format" not in message.flags:
            continue
        for string in strings:
            if not string:
                continue
            errors = []
            for msgid in ids:
                try:
                    _validate_format(msgid, string)
                    break
                except TranslationError as error:
                    errors.append(error)
            else:
                yield message, f"{errors[0]} trong {string!r}"


def compile_catalogue(po: Path) -> Path:
    """Compile one .po into the .mo next to it; CommandError with the reason if it is broken."""
    mo = po.with_suffix(".mo")
    try:
        catalogue = read_catalogue(po)
    except BrokenCatalogue as error:
        raise CommandError(f"Tệp dịch {po} bị hỏng: {error}") from error
    problems = [f"  dòng {message.lineno}: {message.id!r}: {error}" for message, error in check(catalogue)]
    if problems:
        raise CommandError(f"Tệp dịch {po} có lỗi:\n" + "\n".join(problems))
    # Write next to the target, then rename: a reader never sees half a file.
    handle, tmp = tempfile.mkstemp(dir=po.parent, prefix=".", suffix=".mo.tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            write_mo(out, catalogue, use_fuzzy=False)
        os.chmod(tmp, 0o644)
        os.replace(tmp, mo)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return mo


class Command(BaseCommand):
    help = (
        "Biên dịch các tệp dịch .po của dự án (LOCALE_PATHS và thư mục locale/ của các app "
        "trong kho) thành .mo bằng Babel, không cần GNU gettext. Bỏ qua tệp .mo đã mới."
    )
    # Runs before migrate and the tests, on whatever state the code is in.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="*",
            help="Thư mục locale/ hoặc tệp .po cần biên dịch (mặc định: mọi tệp của dự án).",
        )
        parser.add_argument("--force", action="store_true", help="Biên dịch lại cả tệp .mo đã mới.")

    def handle(self, *args, paths, force, **options):
        roots = [Path(p).resolve() for p in paths] if paths else project_locale_dirs()
        for root in roots:
            if not root.exists():
                raise CommandError(f"Không có {root}")
        compiled = skipped = 0
        for root in roots:
            for po in catalogues_under(root):
                if not force and not is_stale(po, po.with_suffix(".mo")):
                    skipped += 1
                    continue
                compile_catalogue(po)
                compiled += 1
                if options["verbosity"] >= 2:
                    self.stdout.write(f"  {po}")
        if options["verbosity"] >= 1:
            self.stdout.write(f"Đã biên dịch {compiled} tệp dịch, {skipped} tệp đã mới.")
