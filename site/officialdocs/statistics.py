"""A Site's statistics from its reports: each report's statistics tables and amounts, by year,
and the lines that two years or more give (matched by their label, accents and case aside)."""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from blocks.official import AmountRow, FiguresBlock, RateRow, StatisticsTableBlock, amount_chart, rate_chart
from core.text import fold_words

YEAR = re.compile(r"\b(19|20)\d{2}\b")


def report_year(report) -> int | None:
    """The year a report is about: the first year its period names ("Năm 2023" for a report
    signed on 1/1/2024), else the year it was signed."""
    match = YEAR.search(report.period or "")
    if match:
        return int(match.group())
    return report.document_date.year if report.document_date else None


def statistics_blocks(report) -> list:
    """The report's blocks a chart is drawn for: statistics tables, and figures that are all amounts."""
    return [
        block
        for block in report.body
        if isinstance(block.block, StatisticsTableBlock)
        or (isinstance(block.block, FiguresBlock) and block.value.amount_rows)
    ]


@dataclass
class ReportStatistics:
    report: object
    blocks: list


@dataclass
class YearStatistics:
    year: int | None
    reports: list[ReportStatistics] = field(default_factory=list)


@dataclass
class Trend:
    """One line across the years: a learning model's results, or an amount."""

    title: str
    rows: list  # RateRow or AmountRow, labelled by year, oldest first
    chart: str


@dataclass
class SiteStatistics:
    years: list[YearStatistics]  # newest first; reports without a year last
    rate_trends: list[Trend]
    amount_trends: list[Trend]


def _trends(lines_by_year: dict[int, list], make_row, make_chart) -> list[Trend]:
    """Lines (label, …) that come back in two years or more, each as a Trend; a line a year
    gives twice counts once (the newest report's)."""
    found: dict[str, dict[int, tuple]] = {}
    for year in sorted(lines_by_year, reverse=True):
        for line in lines_by_year[year]:
            found.setdefault(fold_words(line[0]), {}).setdefault(year, line)
    trends = []
    for years in found.values():
        if len(years) < 2:
            continue
        label = years[max(years)][0]
        rows = [make_row(str(year), *years[year][1:]) for year in sorted(years)]
        title = _("%(label)s qua các năm") % {"label": label}
        trends.append(Trend(title, rows, make_chart(title, rows)))
    return trends


def site_statistics(reports) -> SiteStatistics:
    """``reports``: the Site's published reports, newest first."""
    by_year: dict[int | None, YearStatistics] = {}
    rates: dict[int, list] = {}
    amounts: dict[int, list] = {}
    for report in reports:
        blocks = statistics_blocks(report)
        if not blocks:
            continue
        year = report_year(report)
        by_year.setdefault(year, YearStatistics(year)).reports.append(ReportStatistics(report, blocks))
        if year is None:
            continue
        for block in blocks:
            if isinstance(block.block, StatisticsTableBlock):
                rates.setdefault(year, []).extend(block.value.rate_rows)
            else:
                amounts.setdefault(year, []).extend(block.value.amount_rows)
    years = sorted(by_year.values(), key=lambda item: (item.year is None, -(item.year or 0)))
    return SiteStatistics(
        years=years,
        rate_trends=_trends(rates, RateRow, rate_chart),
        amount_trends=_trends(amounts, AmountRow, amount_chart),
    )
