"""The dependency rules of docs/architecture.md, checked on the source with `ast`:

- a module under audit/ reaches another app only through that app's public `selectors` (reads)
  and `services` (writes): never its `models` or any other module, never a private name, never
  a model looked up by label (`apps.get_model("tickets", ...)`);
- the trail's write side (audit/models.py, services.py, chain.py, names.py, and the redaction
  rules in redaction.py that every app's erasure uses) imports no other app and no audit reader;
- no module of the project imports another app's private (`_name`) objects.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Django apps by package (the longest prefix wins): drafts.knowledge is not drafts.
APPS = (
    "tickets",
    "routing",
    "drafts",
    "drafts.knowledge",
    "drafts.classifier",
    "audit",
    "audit.metrics",
)
# App labels audit may look up by name: its own.
AUDIT_LABELS = {"audit", "metrics"}
PROJECT_PACKAGES = ("tickets", "routing", "drafts", "audit", "supportdesk")
PUBLIC_ENTRY_MODULES = {"selectors", "services"}
TRAIL_WRITE_SIDE = ("models.py", "services.py", "chain.py", "names.py", "redaction.py")
# Modules of audit that the trail's write side may import (the rest are readers).
TRAIL_MODULES = {"audit", "audit.models", "audit.services", "audit.chain", "audit.names"}
TRAIL_MODULES |= {"audit.redaction"}
# The project's generic database helpers (Django only, no app): the trail's batch insert.
TRAIL_MODULES |= {"supportdesk.rows"}


@dataclass(frozen=True)
class Imported:
    source: Path
    line: int
    module: str  # the module reached, dotted ("drafts.selectors")
    name: str | None  # the object taken from it, when `from module import name` names one


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def app_of(module: str) -> str | None:
    best = None
    for app in APPS:
        if (module == app or module.startswith(app + ".")) and (
            best is None or len(app) > len(best)
        ):
            best = app
    return best


def is_module(dotted: str) -> bool:
    base = ROOT.joinpath(*dotted.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def project_files(*packages: str):
    for package in packages:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def imports_of(path: Path, module: str | None = None) -> list[Imported]:
    """Every import of a project module in the file (at any depth, TYPE_CHECKING included),
    relative imports resolved; `module` is the file's dotted name (default: from its path)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = module or module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append(Imported(path, node.lineno, alias.name, None))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                if is_module(submodule):
                    found.append(Imported(path, node.lineno, submodule, None))
                else:
                    found.append(Imported(path, node.lineno, module, alias.name))
    return [i for i in found if i.module.split(".")[0] in PROJECT_PACKAGES]


def label_lookups(path: Path) -> list[tuple[int, str]]:
    """`apps.get_model("label", ...)` / `apps.get_model("label.Model")` calls: (line, label);
    the label is "<computed>" when it is not a literal (it could name any app)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get_model"
            and node.args
        ):
            first = node.args[0]
            computed = not (isinstance(first, ast.Constant) and isinstance(first.value, str))
            found.append((node.lineno, "<computed>" if computed else first.value.split(".")[0]))
    return found


def private_parts(imported: Imported) -> list[str]:
    names = [*imported.module.split("."), *([imported.name] if imported.name else [])]
    return [n for n in names if n.startswith("_") and not n.startswith("__")]


def shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def where(imported: Imported) -> str:
    return f"{shown(imported.source)}:{imported.line}"


def audit_violations(files: list[tuple[Path, str]]) -> list[str]:
    """What breaks the readers' rule in these (file, dotted module name) pairs under audit."""
    wrong = []
    for path, name in files:
        for imported in imports_of(path, name):
            app = app_of(imported.module)
            if app is None or app.startswith("audit"):
                continue
            last = imported.module.rpartition(".")[2]
            if imported.module == app or last not in PUBLIC_ENTRY_MODULES:
                wrong.append(f"{where(imported)} imports {imported.module}")
            elif app_of(imported.module.rpartition(".")[0]) != app:
                wrong.append(f"{where(imported)} imports {imported.module} (not the app's own)")
            if private_parts(imported):
                wrong.append(f"{where(imported)} imports private {imported.name}")
        for line, label in label_lookups(path):
            if label not in AUDIT_LABELS:
                wrong.append(f"{shown(path)}:{line} looks up a {label} model")
    return wrong


def test_audit_reaches_other_apps_only_through_their_selectors_and_services():
    files = [(path, module_name(path)) for path in project_files("audit")]
    assert len(files) > 20
    assert audit_violations(files) == []


def test_the_trails_write_side_imports_no_other_app_and_no_reader():
    wrong = []
    for name in TRAIL_WRITE_SIDE:
        path = ROOT / "audit" / name
        for imported in imports_of(path):
            if imported.module not in TRAIL_MODULES:
                wrong.append(f"{where(imported)} imports {imported.module}")
        for line, label in label_lookups(path):
            wrong.append(f"{path.relative_to(ROOT)}:{line} looks up a {label} model")
    assert wrong == []


def test_no_module_imports_another_apps_private_names():
    wrong = []
    for path in project_files(*PROJECT_PACKAGES):
        own = app_of(module_name(path))
        for imported in imports_of(path):
            target = app_of(imported.module)
            if target is not None and target != own and private_parts(imported):
                wrong.append(f"{where(imported)} imports {imported.module} {imported.name}")
    assert wrong == []


# The checks above must see what they claim to check: run them on a known-bad source.


def test_the_checks_catch_a_models_import_a_private_name_and_a_label_lookup(tmp_path):
    bad = tmp_path / "probe.py"
    bad.write_text(
        "from django.apps import apps\n"
        "from tickets.models import Ticket\n"
        "from drafts import models\n"
        "from tickets.selectors import _inbox_search\n"
        "import routing.diff\n"
        "from .chain import json_digest\n"
        "from drafts.selectors import draft_texts\n"
        "apps.get_model('drafts', 'Draft')\n"
        "apps.get_model('metrics.WeeklyRollup')\n"
        "label = 'tickets.Ticket'\n"
        "apps.get_model(label)\n"
    )
    found = imports_of(bad, "audit.probe")
    assert {i.module for i in found} == {
        "tickets.models",
        "drafts.models",
        "tickets.selectors",
        "routing.diff",
        "audit.chain",
        "drafts.selectors",
    }
    assert label_lookups(bad) == [(8, "drafts"), (9, "metrics"), (11, "<computed>")]
    assert audit_violations([(bad, "audit.probe")]) == [
        "probe.py:2 imports tickets.models",
        "probe.py:3 imports drafts.models",
        "probe.py:4 imports private _inbox_search",
        "probe.py:5 imports routing.diff",
        "probe.py:8 looks up a drafts model",
        "probe.py:11 looks up a <computed> model",
    ]
