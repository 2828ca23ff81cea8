"""Vietnamese for the Wagtail admin.

Wagtail's own Vietnamese catalogue is small, so most of the admin would show English to
Vietnamese editors. This app only ships translation catalogues (``locale/vi``): listed
before ``wagtail_localize`` and Wagtail's apps in ``INSTALLED_APPS``, its translations win
over theirs. Its ``djangojs`` catalogue is added to the admin's JavaScript catalogues
(see ``apps.py``).
"""
