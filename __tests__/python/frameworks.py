"""The two builds the Python tests run against, one per venv (scripts/python-tests.js sets
ILERT_DATADOG_FRAMEWORK): the framework's modules by role, and the rule that turns the cdktf example
into the cdktn one, the Python analogue of scripts/cdktn/rewrite.js (module names in import
statements only)."""
import ast
import os
import re

FRAMEWORK = os.environ.get("ILERT_DATADOG_FRAMEWORK", "cdktf")

#: Module names per framework: the core, this library, the prebuilt Datadog bindings.
MODULES = {
    "cdktf": {"core": "cdktf", "lib": "cdktf_ilert_datadog", "datadog": "cdktf_cdktf_provider_datadog"},
    "cdktn": {"core": "cdktn", "lib": "cdktn_ilert_datadog", "datadog": "cdktn_provider_datadog"},
}

#: cdktf module -> cdktn module (a dotted name keeps its tail).
RENAMES = {MODULES["cdktf"][role]: MODULES["cdktn"][role] for role in MODULES["cdktf"]}


def rename(module: str) -> str:
    """`module` as the cdktn build imports it, or `module` itself when it is not a framework module."""
    head, dot, tail = module.partition(".")
    return RENAMES.get(head, head) + dot + tail


def cdktn_source(source: str) -> str:
    """`source` with the module name of each import statement renamed, and no other character changed
    (a comment or string that says "cdktf" stays)."""
    lines = source.splitlines(keepends=True)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        # Import statements in the example are one line each; a multi-line `from x import (...)`
        # has its module name on its first line.
        line = lines[node.lineno - 1]
        for name in names:
            line = re.sub(rf"(?<![\w.]){re.escape(name)}(?![\w])", rename(name), line, count=1)
        lines[node.lineno - 1] = line
    return "".join(lines)
