"""The layering rule (ARCHITECTURE.md), read from the source with ``ast``: every .py file of
``site/``, ``blocks/`` and ``workflows/`` except migrations.

From the bottom up, each layer imports only those below it:

1. base: ``core`` and ``blocks``. They name no app above them: what the core needs of the
   content (the chapter page type, the home page's roles) or of a plugin (its permissions, its
   workflow step, what it answers the desk) is registered into it (``core.trees``,
   ``core.plugins``), never imported.
2. services: apps every content type may use and that name none (staff accounts, background
   tasks, backups, the admin's Vietnamese, search).
3. content types: each imports the base and the services, and another content type only when
   it builds on it (``BUILDS_ON``, which has no cycle).
4. assemblies: feeds, provinces and the demo put together pages of every content type.
5. workflow plugins (``workflows.<name>``): the base, the services, and the content modules of
   ``WORKFLOW_INTERFACES``; never another plugin, never an assembly.
6. ``config`` (settings, URLs, the API): the project itself, imported by nobody.

No app imports another that imports it back, whatever the layers. And no import hides inside
a function (a moved model must fail at start-up, not on a request) unless it breaks a real
cycle or waits for Django's app loading, and says so: ``# cycle: <the reason>`` on its line.
"""

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BASE = {"core", "blocks"}
SERVICES = {"accounts", "admin_vi", "background", "backups", "pagecache", "sitesearch"}
CONTENT = {"home", "chapters", "news", "events", "bulletins", "campaigns", "honours", "officialdocs", "standard"}
ASSEMBLIES = {"feeds", "provinces", "demo"}
PROJECT = {"config"}

# the content types a content type builds on
BUILDS_ON = {
    "home": {"news", "events", "bulletins", "campaigns"},  # the home page shows the latest of each
    "news": {"chapters"},  # a news item belongs to the chapter it was written under
    "events": {"chapters"},  # so does an event, or to the chapter that holds it
    "honours": {"chapters"},  # a honour record names its chapter
}
# what of the content a workflow plugin may import: the pages presidents write and the chapters
# they write under (the desk, the quota)
WORKFLOW_INTERFACES = {"chapters.models", "news.models", "events.models"}

CYCLE_MARK = "# cycle:"


@dataclass(frozen=True)
class Import:
    path: Path
    line: int
    module: str  # absolute, relative imports resolved
    hidden: bool  # inside a function or a class
    marked: bool  # carries "# cycle: <reason>"

    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    parts = parts[1:] if parts[0] == "site" else parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def package_of(path: Path) -> str:
    name = module_name(path)
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def owner(module: str) -> str:
    """The app a module belongs to: ``core``, ``news``, ``workflows.quota``…"""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "workflows" and len(parts) > 1 else parts[0]


def source_files() -> list[Path]:
    files = []
    for folder in ("site", "blocks", "workflows"):
        files += [path for path in (ROOT / folder).rglob("*.py") if "migrations" not in path.parts]
    return sorted(files)


def _imported_modules(node, package: str) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        base = package.split(".")
        base = base[: len(base) - (node.level - 1)]
        return [".".join([*base, node.module] if node.module else base)]
    return [node.module]


def scan(source: str, package: str) -> list[tuple[int, str, bool, bool]]:
    """(line, module, hidden, marked) of each import of a module of ``package``."""
    lines = source.splitlines()
    tree = ast.parse(source)
    hidden = set()
    for scope in ast.walk(tree):
        if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            hidden.update(id(node) for node in ast.walk(scope) if isinstance(node, (ast.Import, ast.ImportFrom)))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            marked = any(CYCLE_MARK in lines[number - 1] for number in range(node.lineno, node.end_lineno + 1))
            found += [(node.lineno, module, id(node) in hidden, marked) for module in _imported_modules(node, package)]
    return sorted(found)


def imports_of(path: Path) -> list[Import]:
    return [Import(path, *row) for row in scan(path.read_text(encoding="utf-8"), package_of(path))]


def all_imports() -> list[Import]:
    return [found for path in source_files() for found in imports_of(path)]


def local_apps() -> set[str]:
    return {owner(module_name(path)) for path in source_files()} - {"workflows"}


def app_imports() -> list[tuple[str, str, Import]]:
    """(importing app, imported app, the import) for every import of one of our apps by another."""
    apps = local_apps()
    pairs = []
    for found in all_imports():
        source, target = owner(module_name(found.path)), owner(found.module)
        if target in apps and target != source:
            pairs.append((source, target, found))
    return pairs


def refusal(source: str, target: str, module: str) -> str | None:
    """Why ``source`` may not import ``module`` (of the app ``target``), or None."""
    if target in PROJECT:
        return "config is the project: read settings through django.conf.settings"
    if source in BASE:
        return None if target in BASE else "the base (core, blocks) names no app above it: register, do not import"
    if source in SERVICES:
        return None if target in BASE | SERVICES else "a service names no content type, plugin or assembly"
    if source in CONTENT:
        if target in BASE | SERVICES or target in BUILDS_ON.get(source, set()):
            return None
        return f"a content type imports another only when it builds on it (BUILDS_ON[{source!r}])"
    if source in ASSEMBLIES:
        return None if target in BASE | SERVICES | CONTENT else "an assembly imports no plugin and no other assembly"
    if source.startswith("workflows."):
        if target in BASE | SERVICES:
            return None
        if target.startswith("workflows."):
            return "a workflow plugin never imports another (each can be switched off): use core.plugins"
        if target in CONTENT and any(module == name or module.startswith(name + ".") for name in WORKFLOW_INTERFACES):
            return None
        return "a workflow plugin reaches the content only through WORKFLOW_INTERFACES"
    if source in PROJECT:
        return None
    return f"{source} has no layer: add it to one in tests/test_layers.py"


def _report(problems: list[str]) -> str:
    return "\n" + "\n".join(problems)


def test_every_app_has_a_layer():
    layered = BASE | SERVICES | CONTENT | ASSEMBLIES | PROJECT
    unknown = sorted(app for app in local_apps() if app not in layered and not app.startswith("workflows."))
    assert not unknown, f"apps without a layer (tests/test_layers.py): {unknown}"


def test_each_app_imports_only_the_layers_below_it():
    problems = []
    for source, target, found in app_imports():
        reason = refusal(source, target, found.module)
        if reason:
            problems.append(f"{found.where()}: {source} imports {found.module}: {reason}")
    assert not problems, _report(problems)


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as [a, b, …, a], or None."""
    done, trail = set(), []

    def visit(node):
        if node in trail:
            return [*trail[trail.index(node) :], node]
        if node in done:
            return None
        trail.append(node)
        for successor in sorted(graph.get(node, ())):
            cycle = visit(successor)
            if cycle:
                return cycle
        trail.pop()
        done.add(node)
        return None

    for start in sorted(graph):
        cycle = visit(start)
        if cycle:
            return cycle
    return None


def test_content_types_build_on_each_other_without_a_cycle():
    assert set(BUILDS_ON) <= CONTENT and set().union(*BUILDS_ON.values()) <= CONTENT
    assert _cycle(BUILDS_ON) is None, _cycle(BUILDS_ON)


def test_no_two_apps_import_each_other():
    graph, where = {}, {}
    for source, target, found in app_imports():
        graph.setdefault(source, set()).add(target)
        where.setdefault((source, target), found.where())
    cycle = _cycle(graph)
    assert cycle is None, _report([f"{a} imports {b} ({where[a, b]})" for a, b in zip(cycle, cycle[1:], strict=False)])


def test_no_import_hides_in_a_function():
    problems = [
        f"{found.where()}: {found.module} imported inside a function: move it to the top of the module, "
        f"or end the line with '{CYCLE_MARK} <why it cannot be there>'"
        for found in all_imports()
        if found.hidden and not found.marked
    ]
    assert not problems, _report(problems)


def test_a_cycle_mark_gives_its_reason():
    problems = []
    for path in source_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            _code, mark, reason = line.partition(CYCLE_MARK)
            if mark and len(reason.strip()) < 10:
                problems.append(f"{path.relative_to(ROOT)}:{number}: '{CYCLE_MARK}' without a reason")
    assert not problems, _report(problems)


def test_the_rule_sees_what_it_checks():
    source = (
        "import os\n"
        "from .filters import NewsFilter\n\n\n"
        "def get_context():\n"
        "    import json\n"
        "    from . import signals  # cycle: signals import the models\n\n\n"
        "class Page:\n"
        "    from ..core.models import BasePage\n"
    )
    assert scan(source, "news") == [
        (1, "os", False, False),
        (2, "news.filters", False, False),
        (6, "json", True, False),
        (7, "news", True, True),
        (11, "core.models", True, False),
    ]
    assert package_of(ROOT / "workflows" / "quota" / "management" / "commands" / "x.py") == (
        "workflows.quota.management.commands"
    )
    assert module_name(ROOT / "site" / "news" / "__init__.py") == "news"
    assert owner("workflows.quota.periods") == "workflows.quota"
    assert refusal("core", "chapters", "chapters.models")
    assert refusal("sitesearch", "news", "news.models")
    assert refusal("chapters", "news", "news.models")
    assert refusal("news", "chapters", "chapters.models") is None
    assert refusal("workflows.authoring", "workflows.checklist", "workflows.checklist.rules")
    assert refusal("workflows.quota", "news", "news.filters")
    assert refusal("workflows.quota", "news", "news.models") is None
    assert refusal("demo", "workflows.editorial", "workflows.editorial.models")
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
