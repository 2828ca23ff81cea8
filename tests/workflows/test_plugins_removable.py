"""Each workflow plugin can be switched off by settings alone (``KHUYENHOC_DISABLED_PLUGINS``):
without it, the project still passes ``check`` and ``migrate`` (its migration graph holds) and
serves the public site and the admin.

Each plugin gets a subprocess of its own (its commands run one after the other in it,
tests/commands.py) on a copy of the session's demo database (built once,
as ``make demo`` builds it, and shared with the browser tests); two run at a time. Loading the
demo afresh without each plugin takes about four minutes a plugin here, so the suite does not:
``PLUGINS_FROM_SCRATCH=1`` adds a fresh ``migrate`` and ``load_demo`` to each run.
"""

import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.commands import run_commands

pytestmark = pytest.mark.demo

PLUGINS = ["checklist", "chapter_review", "editorial", "authoring", "quota", "notifications"]
AT_ONCE = 2
FROM_SCRATCH = os.environ.get("PLUGINS_FROM_SCRATCH") == "1"
VISIT = "from tests.workflows.test_plugins_removable import visit_the_site; visit_the_site()"


def visit_the_site() -> None:
    """Run inside the subprocess (``manage.py shell``): the switched-off plugin is gone, a person
    still ends the chapters' workflow, and each page answers 200."""
    from django.apps import apps
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client
    from wagtail.models import AbstractGroupApprovalTask, Site, WorkflowState

    from chapters.models import ChapterPage
    from news.models import NewsPage

    off = [name for name in settings.WORKFLOW_PLUGINS if not apps.is_installed(f"workflows.{name}")]
    assert off == settings.DISABLED_PLUGINS, off
    last_task = ChapterPage.objects.get(slug="thuan-chau").get_workflow().tasks.last().specific
    assert isinstance(last_task, AbstractGroupApprovalTask), f"the workflow ends with {last_task!r}, not a review"
    home = Site.objects.get(is_default_site=True).root_page
    article = NewsPage.objects.live().descendant_of(home).first()
    waiting = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).first().content_object
    visits = {
        None: ["/", "/tin-tuc/", article.get_url_parts()[2]],
        "admin": ["/quan-tri/", f"/quan-tri/pages/{waiting.pk}/edit/"],
        "bientap": ["/quan-tri/", f"/quan-tri/pages/{waiting.pk}/edit/"],
        "chutich-thuanchau": ["/quan-tri/"],
    }
    failed = []
    for username, paths in visits.items():
        client = Client()
        if username:
            client.force_login(get_user_model().objects.get(username=username))
        for path in paths:
            status = client.get(path).status_code
            print(username or "anonymous", path, status)
            if status != 200:
                failed.append((username, path, status))
    assert not failed, failed


def run_without(plugin: str, var_dir: Path) -> list[tuple[str, subprocess.CompletedProcess]]:
    """check, migrate (load_demo too from scratch) and the visits, with ``plugin`` switched off;
    up to the first that fails."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "KHUYENHOC_DISABLED_PLUGINS": plugin,
        "KHUYENHOC_VAR_DIR": str(var_dir),
        "DATABASE_URL": f"sqlite:///{var_dir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(var_dir / "media"),
        "ALLOWED_HOSTS": "testserver",
    }
    visit = ["shell", "--no-imports", "-c", VISIT]
    if FROM_SCRATCH:  # load_demo wants DEBUG, the visits do not
        results = run_commands({**env, "DEBUG": "true"}, ["check"], ["migrate", "--noinput"], ["load_demo"])
        results += run_commands(env, visit)
    else:  # one process: Django starts once, each command as manage.py runs it
        results = run_commands(env, ["check"], ["migrate", "--noinput"], visit)
    done = []
    for result in results:
        done.append((result.args[1], result))
        if result.returncode:
            break
    return done


@pytest.fixture(scope="module")
def runs(request, tmp_path_factory):
    """Every plugin this session will test, started at once, AT_ONCE at a time."""
    if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        pytest.skip("runs on SQLite databases of its own: checked in the suite's SQLite pass")
    here = Path(__file__).resolve()
    wanted = [
        item.callspec.params["plugin"]
        for item in request.session.items
        if Path(item.path).resolve() == here and hasattr(item, "callspec")
    ]
    if FROM_SCRATCH:
        folders = {plugin: tmp_path_factory.mktemp(plugin) for plugin in wanted}
    else:
        demo = request.getfixturevalue("demo_database")
        folders = {plugin: demo.copy_to(tmp_path_factory.mktemp(plugin)) for plugin in wanted}
    with ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
        yield {plugin: pool.submit(run_without, plugin, folders[plugin]) for plugin in wanted}
        pool.shutdown(cancel_futures=True)


@pytest.mark.parametrize("plugin", PLUGINS)
def test_the_site_works_without(plugin, runs):
    for step, result in runs[plugin].result():
        output = (result.stdout + result.stderr)[-4000:]
        assert result.returncode == 0, f"without {plugin}, {step} failed:\n{output}"
