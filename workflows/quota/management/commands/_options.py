"""Arguments shared by the quota commands, read with Vietnamese errors."""

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from ...periods import InvalidPeriod, Period, parse_month, parse_quarter
from ...sites import UnknownSite, default_site, site_for_host


def read_site(host: str | None):
    if not host:
        site = default_site()
        if site is None:
            raise CommandError(_("Chưa có trang (Site) nào."))
        return site
    try:
        return site_for_host(host)
    except UnknownSite as error:
        raise CommandError(str(error)) from error


def read_period(month: str | None, quarter: str | None = None) -> Period:
    if month and quarter:
        raise CommandError(_("Chỉ chọn một trong hai: --month hoặc --quarter."))
    try:
        if quarter:
            return parse_quarter(quarter)
        if month:
            return parse_month(month)
    except InvalidPeriod as error:
        raise CommandError(str(error)) from error
    return Period.current_month()
