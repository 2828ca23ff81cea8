#!/usr/bin/env python
"""Django's command-line utility for the Khuyến học platform."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# The Django project and its apps live in site/ (a folder, not a package:
# Python's standard library already has a module called `site`).
sys.path[:0] = [str(ROOT), str(ROOT / "site")]

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
