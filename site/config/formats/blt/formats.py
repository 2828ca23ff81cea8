"""Readers of Thái and Mông pages in Vietnam write dates and numbers the Vietnamese way."""

from config.formats.vi.formats import *  # noqa: F401,F403
