"""Reading configuration from environment variables, with safe defaults."""

import os
import secrets
from pathlib import Path

# BASE_DIR holds themes/ and locale/: the checkout's root, or, for a wheel (pip install .), the config
# package, into which setup.py puts them. A checkout keeps var/ and media/ at its root too; an installed
# site in the folder it runs from (WORK_DIR), unless KHUYENHOC_VAR_DIR and MEDIA_ROOT say where.
CONFIG_DIR = Path(__file__).resolve().parents[1]
INSTALLED = (CONFIG_DIR / "themes").is_dir()
BASE_DIR = CONFIG_DIR if INSTALLED else CONFIG_DIR.parents[1]
WORK_DIR = Path.cwd() if INSTALLED else BASE_DIR
VAR_DIR = Path(os.environ.get("KHUYENHOC_VAR_DIR", WORK_DIR / "var"))


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def secret_key() -> str:
    """SECRET_KEY from the environment, else a random key kept in var/.

    A fresh install never runs with a key published in the repository, and the
    key survives restarts so sessions stay valid.
    """
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    key_file = VAR_DIR / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(64)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key
