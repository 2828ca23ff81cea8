"""`khuyenhoc-manage`: manage.py for the installed package (`pip install .`), run from any folder.

A wheel installs every app as a top-level package, so unlike the checkout's manage.py nothing is put
on the path. The production settings are the default, as for config.wsgi: the installed package is
what a server runs; `DJANGO_SETTINGS_MODULE=config.settings.dev` adds the demo (load_demo).
"""

import os
import sys

from django.core.management import execute_from_command_line


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    execute_from_command_line(sys.argv)
