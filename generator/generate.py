"""``make generate``: bundle the spec, then generate ``generated_client/payermax_client`` from it.

Steps: (1) bundle ``spec/parts`` into ``spec/openapi.yaml``; (2) derive the client view of the document
(:mod:`generator.client_view`) and each operation's run-time facts (:mod:`generator.operation_facts`);
(3) run openapi-python-client with our templates and the ``Decimal`` property
(:mod:`generator.decimal_property`); (4) render the extra modules (money, JSON codec, notifications, the
``PayerMax`` client and its resources, ``py.typed``); (5) format with ruff; (6) write the reference pages under
``docs/reference`` and the record of our template overrides (:mod:`generator.overrides`). ``--check`` does
all of it in a temporary directory and fails when the committed files differ.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project, strings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import bundle, docs, overrides
from .client_view import ClientView, build_client_view
from .decimal_property import GeneratorVersionError
from .decimal_property import install as install_decimal_property
from .facade import FacadeError, resources
from .notification_examples import NotificationExampleError, notification_examples, webhook_examples
from .operation_facts import OperationFactsError, operation_facts

REPO = Path(__file__).resolve().parent.parent
GENERATOR_DIR = REPO / "generator"
TEMPLATES = GENERATOR_DIR / "templates"
CONFIG = GENERATOR_DIR / "config.yaml"
PACKAGE = "payermax_client"
OUTPUT = REPO / "generated_client" / PACKAGE
DOCS = REPO / "docs" / "reference"
EXTRA_MODULES = {
    "money.py.jinja": "money.py",
    "json_codec.py.jinja": "json_codec.py",
    "notifications.py.jinja": "notifications.py",
    "payermax.py.jinja": "payermax.py",
}
#: Rendered twice: ``asynchronous`` False, then True.
RESOURCE_MODULES = {False: "resources.py", True: "async_resources.py"}
RUFF_FIX = ["check", "--isolated", "--fix-only", "--select", "F401,I,UP", "--target-version", "py311", "--quiet"]
RUFF_FORMAT = ["format", "--isolated", "--line-length", "120", "--quiet"]


class GenerationError(Exception):
    pass


def _ruff(args: list[str], target: Path) -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or "ruff"
    subprocess.run([ruff, *args, str(target)], check=True)


def _sensitive_attributes(view: ClientView, field_prefix: str) -> dict[str, str]:
    """Generated ``Class.attribute`` for each ``x-sensitive`` member (``Model.wireName``) of the spec."""
    found = {}
    for entry in view.sensitive_fields:
        model, wire_name = entry.split(".", 1)
        attribute = strings.PythonIdentifier(value=wire_name, prefix=field_prefix)
        found[f"{strings.ClassName(model, field_prefix)}.{attribute}"] = entry
    return found


def _check_sensitive_fields(sensitive: dict[str, str], package_dir: Path) -> None:
    """Every ``x-sensitive`` member must have been declared with ``repr=False``."""
    for qualified, entry in sorted(sensitive.items()):
        model, attribute = qualified.split(".", 1)
        source = (package_dir / "models" / f"{strings.snake_case(model)}.py").read_text(encoding="utf-8")
        declaration = re.search(rf"^    {attribute}: .*$", source, flags=re.MULTILINE)
        if declaration is None or "repr=False" not in declaration.group(0):
            raise GenerationError(f"sensitive field {entry} was not hidden from reprs")


def generate_client(spec: dict[str, Any], output: Path, docs_output: Path | None = None) -> None:
    install_decimal_property()
    view = build_client_view(spec)
    facts = operation_facts(spec)
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        meta_type=MetaType.NONE,
        document_source=Path("spec/openapi.yaml"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )
    openapi = GeneratorData.from_dict(view.document, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(f"{openapi.header}: {openapi.detail}")
    if output.exists():
        shutil.rmtree(output)
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    sensitive = _sensitive_attributes(view, config.field_prefix)
    facade, imports = resources(openapi.endpoint_collections_by_tag, facts, spec.get("tags", []))
    project.env.globals.update(
        operations=view.operations,
        operation_facts=facts,
        webhooks=view.webhooks,
        notification_models=view.notification_models(),
        notification_variants=view.notification_variants(),
        merchant_calls=view.merchant_calls,
        notification_examples=notification_examples(spec, view.webhooks),
        webhook_examples=webhook_examples(spec, view.webhooks),
        sensitive_fields=set(sensitive),
        servers=view.servers,
        resources=facade,
        imports=imports,
        py=repr,
    )
    errors = list(project.build())
    if errors:
        raise GenerationError("\n".join(f"{e.level.name}: {e.header}\n{e.detail or ''}" for e in errors))
    for template, target in EXTRA_MODULES.items():
        (output / target).write_text(project.env.get_template(template).render(), encoding="utf-8")
    for asynchronous, target in RESOURCE_MODULES.items():
        rendered = project.env.get_template("resources.py.jinja").render(asynchronous=asynchronous)
        (output / target).write_text(rendered, encoding="utf-8")
    (output / "py.typed").write_text("", encoding="utf-8")
    _check_sensitive_fields(sensitive, output)
    _ruff(RUFF_FIX, output)
    _ruff(RUFF_FORMAT, output)
    if docs_output is not None:
        docs.write_pages(project.env, spec, facade, docs_output)


def _compare_trees(expected: Path, actual: Path) -> list[str]:
    differences = []
    comparison = filecmp.dircmp(expected, actual, ignore=["__pycache__"])
    stack = [(comparison, Path())]
    while stack:
        current, relative = stack.pop()
        differences += [f"only in fresh generation: {relative / n}" for n in current.left_only]
        differences += [f"not generated (stale file): {relative / n}" for n in current.right_only]
        differences += [f"differs: {relative / n}" for n in current.diff_files]
        stack += [(sub, relative / name) for name, sub in current.subdirs.items()]
    return sorted(differences)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if the committed output is stale")
    parser.add_argument("--parts", type=Path, default=bundle.PARTS_DIR, help="spec parts to bundle")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the package")
    parser.add_argument("--docs", type=Path, help="where to write the reference pages (default: docs/reference)")
    args = parser.parse_args(argv)
    docs_output = args.docs or (DOCS if args.output == OUTPUT else None)

    document = bundle.bundle(args.parts)
    bundled_text = bundle.render(document)
    spec = yaml.safe_load(bundled_text)
    try:
        if not args.check:
            if args.parts == bundle.PARTS_DIR:
                bundle.BUNDLE_PATH.write_text(bundled_text, encoding="utf-8")
            generate_client(spec, args.output, docs_output)
            overrides.write_diff()
            print(f"generated {args.output} from {args.parts}")
            return 0
        problems = []
        committed = bundle.BUNDLE_PATH.read_text(encoding="utf-8") if bundle.BUNDLE_PATH.exists() else ""
        if committed != bundled_text:
            diff = difflib.unified_diff(committed.splitlines(), bundled_text.splitlines(), lineterm="", n=1)
            problems.append("spec/openapi.yaml is not the bundle of spec/parts:\n" + "\n".join(list(diff)[:40]))
        with tempfile.TemporaryDirectory() as scratch:
            fresh, fresh_docs = Path(scratch) / PACKAGE, Path(scratch) / "docs"
            generate_client(spec, fresh, fresh_docs)
            problems += _compare_trees(fresh, args.output)
            problems += [f"docs/reference: {p}" for p in _compare_trees(fresh_docs, docs_output or DOCS)]
        problems += overrides.problems()
    except (
        GenerationError,
        bundle.BundleError,
        OperationFactsError,
        FacadeError,
        NotificationExampleError,
        GeneratorVersionError,
        docs.DocsError,
    ) as exc:
        print(f"generation failed: {exc}", file=sys.stderr)
        return 1
    if problems:
        print("generated code is out of date - run `make generate`:", file=sys.stderr)
        print("\n".join(f"  {p}" for p in problems), file=sys.stderr)
        return 1
    print("spec bundle and generated client are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
