"""Fixtures of the Python tests (scripts/python-tests.js runs them once per framework's venv)."""
import importlib
import os
import pathlib
import subprocess
import sys

import pytest

from frameworks import FRAMEWORK, MODULES, cdktn_source

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def framework() -> str:
    return FRAMEWORK


@pytest.fixture(scope="session")
def lib():
    """This library's module for the framework: cdktf_ilert_datadog or cdktn_ilert_datadog."""
    return importlib.import_module(MODULES[FRAMEWORK]["lib"])


@pytest.fixture(scope="session")
def core():
    """The framework's module: cdktf or cdktn."""
    return importlib.import_module(MODULES[FRAMEWORK]["core"])


@pytest.fixture
def stack(core):
    """A stack named "test" in a test app, as the TypeScript tests use (construct paths `test/...`)."""
    return core.TerraformStack(core.Testing.app(), "test")


class Synth:
    """An app synthesizing in a process of its own into `outdir`."""

    def __init__(self, args, cwd, outdir: pathlib.Path):
        self.outdir = outdir
        env = {k: v for k, v in os.environ.items() if not k.startswith("ILERT_DATADOG_")}
        # As `cdktf synth` runs an app: the output folder in CDKTF_OUTDIR (read by the jsii runtime's
        # Node process, hence a process of its own for each app).
        env["CDKTF_OUTDIR"] = str(outdir)
        self.process = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def stack(self, name: str) -> str:
        """The stack's cdk.tf.json, once the app has finished (fails with its stderr if it failed)."""
        if self.process.returncode is None:
            _, self.stderr = self.process.communicate()
        assert self.process.returncode == 0, self.stderr
        return (self.outdir / "stacks" / name / "cdk.tf.json").read_text()


@pytest.fixture(scope="session", autouse=True)
def synths(tmp_path_factory):
    """The apps test_example.py compares, started with the session so that they run while the other
    tests do (each process loads the libraries for some seconds): the TypeScript example, its Python
    port (examples/python/main.py; for cdktn with its imports renamed), and for cdktf the package README's
    Python quick start."""
    tmp = tmp_path_factory.mktemp("synth")
    runs = {"ts": Synth(["node", str(ROOT / "__tests__/python/synth-typescript.js"), FRAMEWORK, str(tmp / "ts")], ROOT, tmp / "ts")}
    example = (ROOT / "examples/python/main.py").read_text()
    (tmp / "example").mkdir()
    (tmp / "example/main.py").write_text(example if FRAMEWORK == "cdktf" else cdktn_source(example))
    runs["py"] = Synth([sys.executable, "main.py"], tmp / "example", tmp / "py")
    if FRAMEWORK == "cdktf":
        blocks = (ROOT / "packages/cdktf/README.md").read_text().split("```python\n")
        assert len(blocks) == 2, "packages/cdktf/README.md has one Python block"
        (tmp / "readme").mkdir()
        (tmp / "readme/main.py").write_text(blocks[1].split("```")[0])
        runs["readme"] = Synth([sys.executable, "main.py"], tmp / "readme", tmp / "readme-out")
    yield runs
    for run in runs.values():
        if run.process.poll() is None:
            run.process.kill()
