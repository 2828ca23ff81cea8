"""`check --deploy` refuses a production without its public HTTPS admin address."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.checks import run_checks
from django.test import override_settings

from accounts.checks import check_admin_base_url

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    "url",
    [
        "",
        "http://khuyenhoc.sonla.vn",
        "https://localhost:8000",
        "https://127.0.0.1",
        "https://soctrang.localhost",
        "https://[::1]/",
        "khuyenhoc.sonla.vn",
    ],
)
def test_a_missing_plain_or_local_address_is_an_error(url):
    with override_settings(WAGTAILADMIN_BASE_URL=url):
        errors = check_admin_base_url()
    assert [error.id for error in errors] == ["accounts.E001"]
    assert errors[0].is_serious()


def test_the_public_https_address_passes():
    with override_settings(WAGTAILADMIN_BASE_URL="https://khuyenhoc.sonla.vn"):
        assert check_admin_base_url() == []


def test_it_runs_with_deploy_only():
    with override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000"):
        assert "accounts.E001" in {m.id for m in run_checks(include_deployment_checks=True)}
        assert "accounts.E001" not in {m.id for m in run_checks()}


def test_production_without_the_variable_fails_check_deploy(tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "WAGTAILADMIN_BASE_URL"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **env,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "ALLOWED_HOSTS": "example.org",
            "KHUYENHOC_VAR_DIR": str(tmp_path),
        },
    )
    assert result.returncode != 0
    assert "accounts.E001" in result.stderr
