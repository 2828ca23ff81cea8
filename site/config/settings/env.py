"""Reading configuration from environment variables, with safe defaults."""
import os
import secrets
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[3]
VAR_DIR = Path(os.environ.get("KHUYENHOC_VAR_DIR", BASE_DIR / "var"))


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


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
