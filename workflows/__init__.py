"""Editorial workflow plugins: each sub-package is a small Django app, enabled in settings."""
