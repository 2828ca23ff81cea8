"""Funds and campaigns (`campaigns/*.md`), under the Site's "Quỹ và chiến dịch"; their `figures`
follow the text as a table titled "Số liệu". Amounts are in đồng. What a campaign has raised is
never typed: it is the sum of its ledger (data/ledgers.toml, loaded by demo.ledgers)."""

from pathlib import Path

from wagtail.models import Site

from campaigns.models import CampaignPage, CampaignStatus

from ..ledgers import page_fields
from ..pages import ensure_child, figures_block, paragraphs
from .files import Document, content_files, read_markdown
from .schema import FIGURE, Choice, Date, Integer, Ref, Slug, Tables, Text, no_duplicates, validate

CAMPAIGN = {
    "slug": Slug(),
    "title": Text(),
    "fund_name": Text(),
    "status": Choice(CampaignStatus.values),
    "start_date": Date(),
    "end_date": Date(default=None),
    "goal": Integer(minimum=0, default=None),  # left out when the documents give none
    "beneficiaries": Text(default=""),
    "beneficiaries_count": Integer(minimum=0, default=None),
    "picture": Ref("picture", "tranh minh họa (demo.images.SCENES)"),
    "summary": Text(),
    "figures": Tables(FIGURE, default=[]),
}


def read(folder: Path, refs: dict) -> list[Document]:
    campaigns = []
    for path in content_files(folder / "campaigns"):
        document = read_markdown(path)
        document.data = validate(document.source, document.data, CAMPAIGN, refs)
        document.paragraphs_only()
        spec = document.data
        if spec["end_date"] and spec["end_date"] < spec["start_date"]:
            raise document.error(("end_date",), "“end_date” trước “start_date”")
        campaigns.append(document)
    no_duplicates(campaigns, "slug")
    return campaigns


def build(demo, campaigns_by_site: dict[str, list[Document]]) -> None:
    for site_key, campaigns in campaigns_by_site.items():
        host = Site.objects.get(root_page=demo.homes[site_key]).hostname
        for document in campaigns:
            spec = document.data
            body = paragraphs(document.paragraphs)
            if spec["figures"]:
                body.append(figures_block("Số liệu", spec["figures"]))
            ensure_child(
                demo.sections[(site_key, "campaigns")],
                CampaignPage,
                slug=spec["slug"],
                title=spec["title"],
                fund_name=spec["fund_name"],
                status=spec["status"],
                start_date=spec["start_date"],
                end_date=spec["end_date"],
                goal_amount=spec["goal"],
                beneficiaries=spec["beneficiaries"],
                beneficiaries_count=spec["beneficiaries_count"],
                summary=spec["summary"],
                body=body,
                lead_image=demo.picture(site_key, spec["picture"]),
                **page_fields(host, spec["slug"]),  # its code and account, from the ledgers
            )
