"""Reading the demo's data files: TOML, and Markdown with a TOML front matter between `+++` lines.

Every value read keeps the way back to its file, so a bad value is reported with the file and the
line an editor has to fix (`DataError`). The Markdown body is the small subset README.md describes:
paragraphs, `##`–`####` headings and fenced blocks whose info string names a block type.
"""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FENCE = "+++"
HEADING = re.compile(r"^(#{1,6}) (.+)$")
TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")
TABLE_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


class DataError(Exception):
    """A data file that does not fit its schema: ``path:line: message``."""

    def __init__(self, path: Path, line: int, message: str):
        super().__init__(message)
        self.path, self.line, self.message = path, line, message

    def __str__(self) -> str:
        return f"{shown(self.path)}:{self.line}: {self.message}"


def shown(path: Path) -> str:
    """The path as an editor would type it: from the working directory when under it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


@dataclass
class Source:
    """TOML text (a whole file, a front matter or a fenced block) and where it starts in its file."""

    path: Path
    text: str
    first_line: int = 1

    def error(self, keys: tuple = (), message: str = "") -> DataError:
        return DataError(self.path, self.line_of(keys), message)

    def line_of(self, keys: tuple) -> int:
        """The line of ``keys`` (e.g. ``("record", 3, "chapter")``): the key's own line when the file has
        it, else the line of the table it belongs in; found by scanning, as tomllib keeps no positions."""
        lines = self.text.split("\n")
        start, end = 0, self._end_of_table(lines, 0)
        found = start
        tables: list[str] = []
        i = 0
        while i < len(keys):
            key = keys[i]
            if isinstance(key, int):
                break
            following = keys[i + 1] if i + 1 < len(keys) else None
            dotted = ".".join([*tables, key])
            header = self._table_header(lines, dotted, following if isinstance(following, int) else None)
            if header is not None:
                found = start = header
                end = self._end_of_table(lines, header + 1)
                tables.append(key)
                i += 2 if isinstance(following, int) else 1
                continue
            line = self._key_line(lines, key, start, end)
            if line is None:
                break
            found = line
            if isinstance(following, int):  # an inline table on its own line in a multi-line array
                item = self._array_item_line(lines, line, following)
                if item is not None:
                    found = item
            break
        return self.first_line + found

    @staticmethod
    def _table_header(lines, dotted: str, index: int | None) -> int | None:
        seen = -1
        for n, line in enumerate(lines):
            match = TABLE_HEADER.match(line)
            if not match or match.group(2) != dotted:
                continue
            if match.group(1) == "[" and index is None:
                return n
            if match.group(1) == "[[":
                seen += 1
                if index is None or seen == index:
                    return n
        return None

    @staticmethod
    def _end_of_table(lines, start: int) -> int:
        for n in range(start, len(lines)):
            if TABLE_HEADER.match(lines[n]):
                return n
        return len(lines)

    @staticmethod
    def _key_line(lines, key: str, start: int, end: int) -> int | None:
        pattern = re.compile(rf"^\s*(\"?){re.escape(key)}\1\s*=")
        return next((n for n in range(start, end) if pattern.match(lines[n])), None)

    @staticmethod
    def _array_item_line(lines, key_line: int, index: int) -> int | None:
        if not lines[key_line].split("#")[0].rstrip().endswith("["):
            return None  # an array on one line
        seen = -1
        for n in range(key_line + 1, len(lines)):
            stripped = lines[n].strip()
            if stripped.startswith("]"):
                return None
            if stripped.startswith(("{", '"')):
                seen += 1
                if seen == index:
                    return n
        return None

    def parse(self) -> dict:
        try:
            return tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as error:
            position = TOML_POSITION.search(str(error))
            line = int(position.group(1)) if position else 1
            message = TOML_POSITION.sub("", str(error)).strip()
            raise DataError(self.path, self.first_line + line - 1, f"TOML không hợp lệ: {message}") from None


@dataclass
class Block:
    """A piece of a Markdown body: a paragraph, a heading or a fenced block."""

    kind: str  # "paragraph", "heading" or "fence"
    text: str
    line: int
    level: int = 0  # a heading's number of #
    info: str = ""  # a fence's info string
    source: Source | None = None  # a fence's content, as TOML


@dataclass
class Document:
    """One data file: its TOML (a TOML file, or a Markdown file's front matter) and its body."""

    path: Path
    source: Source
    data: dict
    body: list[Block] = field(default_factory=list)
    body_line: int = 1

    def error(self, keys: tuple = (), message: str = "") -> DataError:
        return self.source.error(keys, message)

    def error_at(self, line: int, message: str) -> DataError:
        return DataError(self.path, line, message)

    @property
    def paragraphs(self) -> list[str]:
        return [block.text for block in self.body if block.kind == "paragraph"]

    def paragraphs_only(self) -> list[str]:
        """The body's paragraphs, where nothing else may be (only plans and reports have more)."""
        for block in self.body:
            if block.kind != "paragraph":
                raise self.error_at(block.line, "ở đây nội dung chỉ gồm các đoạn văn (không có tiêu đề, khối ```)")
        return self.paragraphs


def read_toml(path: Path) -> Document:
    source = Source(path, path.read_text(encoding="utf-8"))
    return Document(path, source, source.parse())


def read_markdown(path: Path) -> Document:
    lines = path.read_text(encoding="utf-8").split("\n")
    if not lines or lines[0].strip() != FENCE:
        raise DataError(path, 1, f"tệp Markdown phải mở đầu bằng phần đầu TOML giữa hai dòng “{FENCE}”")
    closing = next((n for n in range(1, len(lines)) if lines[n].strip() == FENCE), None)
    if closing is None:
        raise DataError(path, 1, f"phần đầu TOML không có dòng “{FENCE}” đóng lại")
    source = Source(path, "\n".join(lines[1:closing]), first_line=2)
    document = Document(path, source, source.parse(), body_line=closing + 2)
    document.body = parse_body(path, lines[closing + 1 :], first_line=closing + 2)
    return document


def parse_body(path: Path, lines: list[str], first_line: int) -> list[Block]:
    """Paragraphs (lines up to a blank line, joined by a space), headings and fenced blocks."""
    blocks: list[Block] = []
    paragraph: list[str] = []
    paragraph_line = 0

    def end_paragraph():
        if paragraph:
            blocks.append(Block("paragraph", " ".join(paragraph), paragraph_line))
            paragraph.clear()

    n = 0
    while n < len(lines):
        line, number = lines[n].strip(), first_line + n
        if line.startswith("```"):
            end_paragraph()
            closing = next((m for m in range(n + 1, len(lines)) if lines[m].strip() == "```"), None)
            if closing is None:
                raise DataError(path, number, "khối ``` không có dòng ``` đóng lại")
            content = Source(path, "\n".join(lines[n + 1 : closing]), first_line=number + 1)
            blocks.append(Block("fence", "", number, info=line[3:].strip(), source=content))
            n = closing + 1
            continue
        heading = HEADING.match(line)
        if heading:
            end_paragraph()
            blocks.append(Block("heading", heading.group(2).strip(), number, level=len(heading.group(1))))
        elif not line:
            end_paragraph()
        else:
            if not paragraph:
                paragraph_line = number
            paragraph.append(line)
        n += 1
    end_paragraph()
    return blocks


def content_files(folder: Path) -> list[Path]:
    """A folder's Markdown records in name order: not its ``_index.md``, not translations (``x.en.md``)."""
    if not folder.is_dir():
        return []
    return sorted(
        path for path in folder.glob("*.md") if not path.name.startswith("_") and len(path.name.split(".")) == 2
    )


def translations_of(path: Path) -> dict[str, Path]:
    """The translations next to a Markdown file, by language code: ``x.en.md`` for ``x.md``."""
    stem = path.name.removesuffix(".md")
    return {
        other.name.split(".")[-2]: other
        for other in sorted(path.parent.glob(f"{stem}.*.md"))
        if len(other.name.removeprefix(stem + ".").split(".")) == 2
    }
