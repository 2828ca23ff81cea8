"""Development and demo: the base settings plus the demo app (`load_demo`, `generate_content`).

Production settings never install it; `load_demo` also refuses to run unless DEBUG is on
(`make demo` turns it on for that one command).
"""

from .base import *  # noqa: F401,F403
from .base import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
