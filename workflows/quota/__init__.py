"""Monthly quota of tin and bài per chapter: counting, admin report, dashboard panel,
reminder emails and two management commands (``quota_report``, ``send_quota_reminders``)."""
