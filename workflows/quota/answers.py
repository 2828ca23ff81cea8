"""What the quota answers the other plugins (``core.plugins.MonthQuota``): the desk's line
"Tháng 12: 1/2 tin, 0/2 bài" for each chapter, counted by the quota report itself."""

from core import plugins

from .counting import quota_rows
from .periods import Period


def this_month(site) -> dict[int, plugins.ChapterMonth]:
    period = Period.current_month()
    return {
        row.chapter.pk: plugins.ChapterMonth(
            period.start.month, row.tin.submitted, row.target_tin, row.bai.submitted, row.target_bai, row.met
        )
        for row in quota_rows(site, period)
    }


MONTH_QUOTA = plugins.MonthQuota(this_month)
