"""A plan's or report's structure read from its paragraphs, the way Nghị định 30 lays a document out: the
header, the kind and trích yếu, the "Căn cứ" lines, the sections (I., 1., a), -), the tasks, the tables of
registered and achieved, the signer and "Nơi nhận". Symbols written loosely ("Số: 35./KH-HKH",
"677/QĐ- TTg", "04/TBBCĐ") are normalised; OCR'd text without its diacritics is read too (everything is
compared folded) and flagged for review. What could not be placed is kept, never dropped.
"""

import datetime
import re
from dataclasses import dataclass, field

from core.text import fold

from .sources import Paragraph, Source, Table, is_kind_line

DOCUMENT_TYPES = {  # folded name → LegalDocumentType value
    "nghi dinh": "nd",
    "quyet dinh": "qd",
    "nghi quyet": "nq",
    "chi thi": "ct",
    "ket luan": "kl",
    "thong tu": "tt",
    "ke hoach": "kh",
    "cong van": "cv",
    "thong bao": "tb",
    "bao cao": "bc",
}
TYPE_WORDS = "|".join(sorted(DOCUMENT_TYPES, key=len, reverse=True))
SYMBOL_GROUPS = r"[A-ZĐa-zđ][A-ZĐa-zđ]{0,9}"
CITED = re.compile(
    rf"(?P<type>{TYPE_WORDS})\s*(?:so|số)?\s*:?\s*(?P<symbol>\d{{1,5}}\s*(?:/\s*\d{{4}}\s*)?[./]*\s*/?\s*"
    rf"{SYMBOL_GROUPS}(?:\s*[-–/]\s*{SYMBOL_GROUPS}){{0,3}})",
    re.IGNORECASE,
)
NUMBER_LINE = re.compile(r"^s[oố6]\s*:\s*(?P<number>\d{1,5})\s*[./]*\s*/?\s*(?P<rest>[A-ZĐa-zđ][\w\s–-]*)", re.I)
PLACE_DATE = re.compile(
    r"(?P<place>[^,]{2,40}),\s*ng[aà]y\s*(?P<day>\d{1,2})\s*th[aá]ng\s*(?P<month>\d{1,2})\s*n[aă]m\s*(?P<year>\d{4})",
    re.I,
)
SHORT_DATE = re.compile(r"ng[aà]y\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", re.I)
ROMAN = re.compile(r"^(?P<mark>[IVX]+)\.\s*(?P<text>.+)$")
NUMBERED = re.compile(r"^[-–]?\s*(?P<mark>\d{1,2})\.\s+(?P<text>.+)$")
LETTERED = re.compile(r"^(?P<mark>[a-zđ])\)\s*(?P<text>.+)$")
PART = re.compile(r"^ph[aầ]n\s+th[uứ]\s+\w+", re.I)
QUARTER = re.compile(r"qu[ýíy]\s*(?P<q>[IV]{1,3})\s*/\s*(?P<year>\d{4})", re.I)
CAPACITY = re.compile(r"^(TM|KT|TL|TUQ|Q)\.\s*\S", re.I)
SIGNER_LINE = re.compile(  # "TM. BAN CHẤP HÀNH", with the title and the name when they share its line
    r"^(?P<capacity>(?:TM|KT|TL|TUQ|Q)\.\s*.+?)(?:\s+(?P<title>(?:PHÓ\s+)?(?:CHỦ TỊCH|TRƯỞNG BAN|GIÁM ĐỐC|BÍ THƯ)))?"
    r"(?:\s+(?P<name>[A-ZĐ][a-zà-ỹđ]+(?:\s+[A-ZĐ][a-zà-ỹđ]+){1,4}))?$"
)
SIGNED = re.compile(r"^\(?\s*(đã ký|da ky|đã kí)[^)]*\)?$", re.I)
NATION_PHRASES = (
    re.compile(r"cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam"),
    re.compile(r"doc\s*lap\s*[-–]\s*tu\s*do\s*[-–]\s*hanh\s*phuc"),
)
# the words of the nation's name and motto: a wrapped piece of either ("VIỆT NAM") is no body's name
NATION_WORDS = {
    "cong",
    "hoa",
    "xa",
    "hoi",
    "chu",
    "nghia",
    "viet",
    "nam",
    "doc",
    "lap",
    "tu",
    "do",
    "hanh",
    "phuc",
    "-",
    "–",
}
TASK_SECTIONS = ("noi dung", "nhiem vu", "giai phap")
PARENT_PREFIXES = ("ubnd", "uy ban", "tinh uy", "trung uong", "ban chi dao", "so ", "hoi khuyen hoc viet nam")
DIACRITIC_SHARE_FOR_TYPED_TEXT = 0.08  # typed Vietnamese has far more letters with marks than OCR without


@dataclass
class Basis:
    doc_type: str
    symbol: str
    issued_date: datetime.date | None
    issuer: str
    title: str


@dataclass
class Imported:
    kind: str = ""  # "plan" or "report"
    parent_body: str = ""
    issuing_body: str = ""
    number: str = ""
    symbol: str = ""
    place: str = ""
    document_date: datetime.date | None = None
    heading: str = ""
    bases: list[Basis] = field(default_factory=list)
    body: list[dict] = field(default_factory=list)
    signer_capacity: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    needs_review: bool = False

    @property
    def title(self) -> str:
        kind = "Kế hoạch" if self.kind == "plan" else "Báo cáo"
        return f"{kind} {self.heading[:1].lower()}{self.heading[1:]}".strip() if self.heading else kind


def parse(source: Source, kind: str = "") -> Imported:
    document = Imported(needs_review=looks_ocred(source))
    items = list(source.items)
    _read_header(document, source.header, items)
    _read_kind_and_heading(document, items, kind)
    _read_end(document, items)
    _read_bases(document, items)
    _read_body(document, items)
    return document


def normalise_symbol(raw: str) -> str:
    """ "35./KH-HKH" → "35/KH-HKH", "677/QĐ- TTg" → "677/QĐ-TTg", "206/KH – UBND" → "206/KH-UBND",
    "04/TBBCĐ" → "04/TB-BCĐ" (a notice's symbol always has its dash)."""
    text = re.sub(r"\s+", "", raw).replace("–", "-").strip(".;,")
    text = re.sub(r"^(\d+)[./]+", r"\1/", text)
    text = re.sub(r"/TB(?=BC)", "/TB-", text)
    return text


def looks_ocred(source: Source) -> bool:
    """Text that lost its diacritics (an OCR'd scan) needs an editor's reading before anything else."""
    text = " ".join(item.text for item in source.items if isinstance(item, Paragraph))
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 200:
        return False
    marked = sum(1 for ch in letters if fold(ch) != ch.lower())
    return marked / len(letters) < DIACRITIC_SHARE_FOR_TYPED_TEXT


def _read_header(document: Imported, header: list[tuple[str, str]], items: list) -> None:
    """The header's two columns (from the file, or the paragraphs before the kind when it has none): on the
    left the bodies and the number, on the right the nation, the motto, the place and date."""
    if not header:
        while items and isinstance(items[0], Paragraph) and not is_kind_line(items[0].text):
            header.append((items.pop(0).text, ""))
    bodies: list[str] = []
    for cells in header:
        for column, text in enumerate(cells):
            text = _without_nation(" ".join(text.split()))
            if not text or set(fold(text).split()) <= NATION_WORDS:
                continue
            if number := NUMBER_LINE.match(text):
                document.number = number["number"]
                symbol, _, text = text[number.start("rest") :].strip().partition(" ")
                document.symbol = normalise_symbol(f"{number['number']}/{symbol}")
            if place_date := PLACE_DATE.search(text):
                document.place = place_date["place"].strip(" ,")
                document.document_date = _date(place_date["year"], place_date["month"], place_date["day"])
                text = text[: place_date.start()].strip()
            if text and column == 0 and text.upper() == text and not document.symbol:
                bodies.append(text)  # the bodies stand on the left, above the number
            elif text:
                document.unplaced.append(text)
    if len(bodies) > 1 and fold(bodies[0]).startswith(PARENT_PREFIXES):
        document.parent_body = bodies.pop(0)
    document.issuing_body = " ".join(bodies)


def _without_nation(text: str) -> str:
    """The line without the nation's name and motto, which a header typed without a table puts beside the
    bodies ("UBND TỈNH SƠN LA    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")."""
    folded = fold(text)  # NFC text folds letter for letter: the spans fit the original
    for phrase in NATION_PHRASES:
        while found := phrase.search(folded):
            text, folded = text[: found.start()] + text[found.end() :], folded[: found.start()] + folded[found.end() :]
    return " ".join(text.split())


def _read_kind_and_heading(document: Imported, items: list, kind: str) -> None:
    for position, item in enumerate(items):
        if isinstance(item, Paragraph) and is_kind_line(item.text):
            document.unplaced += [_text_of(other) for other in items[:position]]
            del items[: position + 1]
            folded = fold(item.text).strip(" ,.")
            document.kind = kind or ("plan" if folded.startswith("ke hoach") else "report")
            rest = item.text.strip(" ,.")[len("KẾ HOẠCH") if document.kind == "plan" else len("BÁO CÁO") :]
            heading = [rest.strip()] if rest.strip() else []
            while items and isinstance(items[0], Paragraph) and _continues_heading(items[0].text, heading):
                heading.append(items.pop(0).text)
            document.heading = _sentence_case(" ".join(heading).strip(" ."))
            return
    document.kind = kind or "plan"
    document.unplaced.append("Không tìm thấy dòng “KẾ HOẠCH” hoặc “BÁO CÁO”.")


def _continues_heading(text: str, heading: list[str]) -> bool:
    folded = fold(text)
    return len(heading) < 3 and not folded.startswith(("can cu", "thuc hien", "i.")) and len(text) < 160


def _read_bases(document: Imported, items: list) -> None:
    """Each "Căn cứ" paragraph may cite several documents, each "<loại> số <ký hiệu> ngày … của …"."""
    while items and isinstance(items[0], Paragraph) and fold(items[0].text).startswith("can cu"):
        text = items.pop(0).text
        intro = re.search(r"\.\s+(?=[A-ZĐ][^.]*(?:như sau|nhu sau)\s*:?\s*$)", text)
        if intro:
            items.insert(0, Paragraph(text[intro.end() :]))
            text = text[: intro.start()]
        matches = list(CITED.finditer(fold(text)))  # NFC text folds letter for letter: the spans still fit
        if not matches:
            document.unplaced.append(text)
        for match, following in zip(matches, [*matches[1:], None], strict=False):
            end = following.start() if following else len(text)
            symbol = text[match.start("symbol") : match.end("symbol")]
            document.bases.append(_basis(match["type"], symbol, text[match.end() : end]))


def _basis(type_name: str, symbol: str, rest: str) -> Basis:
    date = None
    if found := SHORT_DATE.search(rest):
        date = _date(found.group(3), found.group(2), found.group(1))
    elif found := PLACE_DATE.search("x, " + rest):
        date = _date(found["year"], found["month"], found["day"])
    issuer, title = "", ""
    if of := re.search(r"\bc[uủ]a\s+(.+)", rest, re.I):
        after = " ".join(of.group(1).split()).strip(" ;.,")
        split = re.search(
            r"\s(?:về việc|ve viec|về|ve|phê duyệt|phe duyet|ban hành|ban hanh)\s|\s(?=Quy định\s)", after
        )
        issuer, title = (after[: split.start()], after[split.end() :]) if split else (after, "")
        if split and split.group(0).strip() in {"phê duyệt", "phe duyet", "ban hành", "ban hanh"}:  # part of it
            title = f"{split.group(0).strip().capitalize()} {title}"
    elif about := re.search(r"\bv[eề]\s+(.+)", rest, re.I):
        title = about.group(1)
    return Basis(
        doc_type=DOCUMENT_TYPES[type_name],
        symbol=normalise_symbol(symbol),
        issued_date=date,
        issuer=issuer.strip(" ,;.") or "",
        title=" ".join(title.split()).strip(' ,;."“”')[:500],
    )


def _read_end(document: Imported, items: list) -> None:
    """The signature block and "Nơi nhận" at the end: a table's two cells in Word, lines elsewhere."""
    if items and isinstance(items[-1], Table) and any("noi nhan" in fold(cell) for cell in items[-1].rows[0]):
        table = items.pop()
        left, right = (table.rows[0] + ["", ""])[:2]
        lines = [Paragraph(line) for line in left.split("\n") + right.split("\n") if line.strip()]
    else:
        start = next(
            (
                position
                for position, item in enumerate(items)
                if isinstance(item, Paragraph)
                and (fold(item.text).startswith("noi nhan") or CAPACITY.match(item.text))
                and position > len(items) / 2
            ),
            None,
        )
        if start is None:
            return
        lines, items[:] = items[start:], items[:start]
    in_recipients = False
    for line in lines:
        text = _text_of(line).strip()
        folded = fold(text)
        if folded.startswith("noi nhan"):
            in_recipients = True
            rest = text.split(":", 1)[1].strip() if ":" in text else ""
            if signer := SIGNER_LINE.match(rest):  # OCR puts the signer's first line beside the label
                _take_signer(document, signer)
            elif rest:  # the list typed on the label's line: "Nơi nhận: - A; - B; - Lưu: VT."
                document.recipients += [_recipient(part) for part in re.split(r";\s*(?=[-–+])", rest) if part.strip()]
        elif in_recipients and text.startswith(("-", "–", "+")):
            document.recipients.append(_recipient(text))
        elif signer := SIGNER_LINE.match(text):
            in_recipients = False
            _take_signer(document, signer)
        elif SIGNED.match(text):
            continue
        elif document.signer_capacity and not document.signer_title and text.split()[0].isupper():
            document.signer_title, name = _title_and_name(text)
            document.signer_name = document.signer_name or name
        elif document.signer_capacity and not document.signer_name and _looks_like_a_name(text):
            document.signer_name = text
        else:
            document.unplaced.append(text)


def _take_signer(document: Imported, signer: re.Match) -> None:
    document.signer_capacity = signer["capacity"]
    document.signer_title = signer["title"] or document.signer_title
    document.signer_name = signer["name"] or document.signer_name


def _title_and_name(text: str) -> tuple[str, str]:
    """ "PHÓ CHỦ TỊCH Lâm Sao" → ("PHÓ CHỦ TỊCH", "Lâm Sao"): the words in capitals, then a name."""
    words = text.split()
    capitals = next((position for position, word in enumerate(words) if not word.isupper()), len(words))
    name = " ".join(words[capitals:])
    return " ".join(words[:capitals]), name if _looks_like_a_name(name) else ""


def _recipient(text: str) -> str:
    text = text.lstrip("-–+ ").rstrip(" ;.")
    return re.sub(r"^(Lưu|Luu)\s*:?\s*", "Lưu: ", text)


def _looks_like_a_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 5 and all(word[:1].isupper() and not word.isupper() for word in words)


def _read_body(document: Imported, items: list) -> None:
    section = ""
    task: dict | None = None
    for item in items:
        if isinstance(item, Table):
            task = None
            document.body.append(_table_block(item, document))
            continue
        text = item.text.strip()
        if roman := ROMAN.match(text):
            section, task = fold(roman["text"]), None
            document.body.append(_heading(text, "h2"))
        elif PART.match(text) or (item.bold and text.isupper() and len(text) < 120):
            section, task = fold(text), None
            document.body.append(_heading(text, "h2"))
        elif (numbered := NUMBERED.match(text)) and _is_task(document, section, text):
            task = _task(text)
            document.body.append(task)
        elif numbered and (item.bold or len(text) < 90):
            task = None
            document.body.append(_heading(text, "h3"))
        elif (lettered := LETTERED.match(text)) and (item.bold or len(text) < 90):
            task = None
            document.body.append(_heading(lettered.group(0), "h4"))
        elif task is not None and not numbered:
            task["value"]["content"] += "\n" + text
            _take_timeframe(task, text)
        else:
            document.body.append({"type": "paragraph", "value": f"<p>{_escape(text)}</p>"})


def _is_task(document: Imported, section: str, text: str) -> bool:
    return document.kind == "plan" and any(word in section for word in TASK_SECTIONS) and len(text) >= 40


def _task(text: str) -> dict:
    content, lead_unit = text.lstrip("-– "), ""
    if found := re.search(r"\(([^()]{3,120});\s*([^()]{2,60})\)\s*\.?$", content):
        lead_unit, content = found.group(1).strip(), content[: found.start()].strip()
    task = {"type": "task", "value": {"content": content, "lead_unit": lead_unit, "timeframe": "", "status": "planned"}}
    _take_timeframe(task, text)
    return task


def _take_timeframe(task: dict, text: str) -> None:
    if not task["value"]["timeframe"] and (quarter := QUARTER.search(text)):
        task["value"]["timeframe"] = f"Quý {quarter['q'].upper()}/{quarter['year']}"


def _table_block(table: Table, document: Imported) -> dict:
    """A table of registered and achieved counts becomes a statistics block; any other, paragraphs."""
    head = [fold(cell) for cell in table.rows[0]]
    registered = next((i for i, cell in enumerate(head) if "dang ky" in cell), None)
    achieved = next(
        (i for i, cell in enumerate(head) if i != registered and ("dat" in cell or "cong nhan" in cell)), None
    )
    if registered is not None and achieved is not None:
        rows = []
        for row in table.rows[1:]:
            numbers = [_count(row[i]) if i < len(row) else None for i in (registered, achieved)]
            label = next((cell for cell in row if cell.strip() and _count(cell) is None), "")
            if label and None not in numbers:
                rows.append({"label": label[:255], "registered": numbers[0], "achieved": numbers[1]})
            elif any(cell.strip() for cell in row):
                document.unplaced.append(" | ".join(row))
        if rows:
            return {"type": "statistics", "value": {"title": "Kết quả", "rows": rows, "note": ""}}
    lines = " ".join(f"<p>{_escape(' | '.join(row))}</p>" for row in table.rows)
    return {"type": "paragraph", "value": lines}


def _count(text: str) -> int | None:
    digits = re.sub(r"[.\s,]", "", text.strip())
    return int(digits) if digits.isdigit() else None


def _heading(text: str, level: str) -> dict:
    return {"type": "heading", "value": {"text": text.rstrip(":")[:255], "level": level}}


def _sentence_case(text: str) -> str:
    """A trích yếu typed in capitals, in sentence case: words in capitals are lowered, except abbreviations
    (no vowel: UBND, HKH, XHHT); the first letter is raised. Words the author wrote in mixed case stay."""
    words = [word.lower() if word.isupper() and re.search(r"[aeiouy]", fold(word)) else word for word in text.split()]
    sentence = " ".join(words)
    return sentence[:1].upper() + sentence[1:]


def _text_of(item) -> str:
    return item.text if isinstance(item, Paragraph) else " | ".join(" ".join(row) for row in item.rows)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _date(year, month, day) -> datetime.date | None:
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None
