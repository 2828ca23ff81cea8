"""Plans and reports (`documents/*.md`) under the Site's "Văn bản", and the register of the legal
documents they cite (`legal-documents.toml`, shared by the Sites).

A plan's or report's body is headings (`##` a part, `###` a section, `####` a sub-section),
paragraphs, and fenced blocks of TOML for a task (```task), a figures table (```figures) and a
registered/achieved table (```statistics).
"""

from dataclasses import dataclass
from pathlib import Path

from wagtail.models import Site

from blocks.official import TASK_STATUSES
from officialdocs.models import LegalDocument, LegalDocumentType, PlanLegalBasis, PlanPage, ReportLegalBasis, ReportPage

from ..pages import ensure_child, figures_block, paragraphs, statistics_block
from .files import Block, Document, content_files, read_markdown, read_toml
from .schema import FIGURE, STATISTICS_ROW, Choice, Date, ListOf, Ref, Slug, Tables, Text, no_duplicates, validate

LEGAL_DOCUMENT = {
    "symbol": Text(),
    "type": Choice(LegalDocumentType.values),
    "issuer": Text(),
    "date": Date(default=None),
    "site": Ref("site", "trang (demo.toml: sites)", default=None),  # for one no plan or report cites
    "title": Text(),
}
REGISTER = {"document": Tables(LEGAL_DOCUMENT)}
OFFICIAL = {
    "kind": Choice(["plan", "report"]),
    "slug": Slug(),
    "title": Text(),
    "parent_body": Text(default=""),
    "issuing_body": Text(),
    "number": Text(default=""),
    "symbol": Text(default=""),
    "place": Text(default=""),
    "date": Date(default=None),
    "period": Text(default=""),
    "signer_capacity": Text(default=""),
    "signer_title": Text(default=""),
    "signer_name": Text(default=""),
    "recipients": ListOf(Text(), default=[]),
    "legal_bases": ListOf(Ref("legal_document", "văn bản trong legal-documents.toml"), default=[]),
    "reports_on": Text(default=""),  # a report: the slug of the plan (of the same Site, in an earlier file)
    "summary": Text(),
}
FENCED_BLOCKS = {
    "task": {
        "content": Text(),
        "lead_unit": Text(default=""),
        "timeframe": Text(default=""),
        "status": Choice([value for value, _label in TASK_STATUSES], default="planned"),
    },
    "figures": {"title": Text(default=""), "items": Tables(FIGURE)},
    "statistics": {"title": Text(), "rows": Tables(STATISTICS_ROW)},
}
HEADING_LEVELS = (2, 3, 4)
MODELS = {"plan": (PlanPage, PlanLegalBasis), "report": (ReportPage, ReportLegalBasis)}


@dataclass
class Official:
    document: Document
    body: list[dict]  # raw StreamField data


def read_register(path: Path, site_keys: list[str]) -> list[dict]:
    document = read_toml(path)
    documents = validate(document.source, document.data, REGISTER, {"site": set(site_keys)})["document"]
    seen = set()
    for i, entry in enumerate(documents):
        if entry["symbol"] in seen:
            raise document.error(("document", i, "symbol"), f"“{entry['symbol']}” đã có ở trên")
        seen.add(entry["symbol"])
    return documents


def read(folder: Path, refs: dict) -> list[Official]:
    items = []
    for path in content_files(folder / "documents"):
        document = read_markdown(path)
        document.data = validate(document.source, document.data, OFFICIAL, refs)
        items.append(Official(document, [stream_block(document, block) for block in document.body]))
    no_duplicates([item.document for item in items], "slug")
    return items


def stream_block(document: Document, block: Block) -> dict:
    if block.kind == "paragraph":
        return paragraphs([block.text])[0]
    if block.kind == "heading":
        if block.level not in HEADING_LEVELS:
            raise document.error_at(block.line, "tiêu đề dùng ## (phần), ### (mục) hoặc #### (tiểu mục)")
        return {"type": "heading", "value": {"text": block.text, "level": f"h{block.level}"}}
    schema = FENCED_BLOCKS.get(block.info)
    if schema is None:
        raise document.error_at(block.line, f"khối ```{block.info} không có; dùng được: {', '.join(FENCED_BLOCKS)}")
    value = validate(block.source, block.source.parse(), schema)
    if block.info == "figures":
        return figures_block(value["title"], value["items"])
    if block.info == "statistics":
        return statistics_block(value["title"], value["rows"])
    return {"type": "task", "value": value}


def registers(register: list[dict], items_by_site: dict[str, list[Official]], default: str) -> list[tuple]:
    """(Site, entry) pairs: a document goes to every Site whose plans and reports cite it (one copy
    each), else to the Site its entry names, else to the default Site."""
    citing = {}
    for site_key, items in items_by_site.items():
        for item in items:
            for symbol in item.document.data["legal_bases"]:
                citing.setdefault(symbol, set()).add(site_key)
    return [
        (site_key, entry)
        for entry in register
        for site_key in sorted(citing.get(entry["symbol"]) or {entry["site"] or default})
    ]


def build(demo, register: list[dict], items_by_site: dict[str, list[Official]], default: str) -> None:
    documents = {}
    for site_key, entry in registers(register, items_by_site, default):
        documents[(site_key, entry["symbol"])] = LegalDocument.objects.get_or_create(
            site=Site.objects.get(root_page=demo.homes[site_key]),
            symbol=entry["symbol"],
            defaults={
                "doc_type": entry["type"],
                "issuer": entry["issuer"],
                "title": entry["title"],
                "issued_date": entry["date"],
            },
        )[0]
    for site_key, items in items_by_site.items():
        for item in items:
            spec = item.document.data
            model, basis_model = MODELS[spec["kind"]]
            section = demo.sections[(site_key, "documents")]
            reported = (
                {"plan": PlanPage.objects.child_of(section).get(slug=spec["reports_on"])} if spec["reports_on"] else {}
            )
            ensure_child(
                section,
                model,
                slug=spec["slug"],
                title=spec["title"],
                summary=spec["summary"],
                parent_body=spec["parent_body"],
                issuing_body=spec["issuing_body"],
                number=spec["number"],
                symbol=spec["symbol"],
                place=spec["place"],
                period=spec["period"],
                document_date=spec["date"],
                body=item.body,
                signer_capacity=spec["signer_capacity"],
                signer_title=spec["signer_title"],
                signer_name=spec["signer_name"],
                recipients="\n".join(spec["recipients"]),
                legal_bases=[
                    basis_model(document=documents[(site_key, symbol)], sort_order=i)
                    for i, symbol in enumerate(spec["legal_bases"])
                ],
                **reported,
            )
