"""examples/python/main.py (the Python port of main.ts's example stack) synthesizes the same Terraform
JSON as the TypeScript example, byte for byte: every address and property (users' deployed state)
and cdktf's `//` metadata. For cdktn, the same file with its imports renamed (frameworks.py) against
the cdktn build of main.ts (__tests__/python/synth-typescript.js)."""
import json
import os
import pathlib
import subprocess
import sys

import pytest

from conftest import ROOT
from frameworks import FRAMEWORK, cdktn_source

EXAMPLE = ROOT / "examples" / "python" / "main.py"
STACK = pathlib.Path("stacks") / "payments-oncall" / "cdk.tf.json"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """The synthesized stack of the Python example and of the TypeScript example, as text."""
    tmp = tmp_path_factory.mktemp("example")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ILERT_DATADOG_")}
    # The TypeScript side runs meanwhile.
    ts = subprocess.Popen(
        ["node", str(ROOT / "__tests__" / "python" / "synth-typescript.js"), FRAMEWORK, str(tmp / "ts")],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    app = tmp / "app"
    app.mkdir()
    source = EXAMPLE.read_text()
    (app / "main.py").write_text(source if FRAMEWORK == "cdktf" else cdktn_source(source))
    # As `cdktf synth` runs the app: `python main.py` in the project folder, the output folder in
    # CDKTF_OUTDIR (read by the jsii runtime's Node process, so a process of its own).
    py = subprocess.run(
        [sys.executable, "main.py"], cwd=app, env={**env, "CDKTF_OUTDIR": str(tmp / "py")}, capture_output=True, text=True
    )
    assert py.returncode == 0, py.stderr
    _, ts_err = ts.communicate()
    assert ts.returncode == 0, ts_err
    return {side: (tmp / side / STACK).read_text() for side in ("py", "ts")}


def test_python_example_synthesizes_what_the_typescript_example_does(outputs):
    assert outputs["py"] == outputs["ts"]


def test_the_example_declares_the_integration_schedule_reminders_and_policy(outputs):
    tf = json.loads(outputs["py"])
    resources = {kind: sorted(items) for kind, items in tf["resource"].items()}
    assert resources["ilert_alert_source"] and resources["datadog_webhook"] and resources["datadog_monitor"]
    assert resources["ilert_schedule"] and resources["ilert_escalation_policy"]
    # One reminder per responder of the rotation (Alice and Bob).
    assert len(resources["ilert_user_duty_preference"]) == 2
    assert "notification_handle" in tf["output"]
    datadog = {"cdktf": "3.82.0", "cdktn": "4.19.0"}[FRAMEWORK]
    assert tf["terraform"]["required_providers"]["datadog"]["version"] == datadog


@pytest.mark.skipif(FRAMEWORK != "cdktf", reason="the README's Python quick start is written for cdktf")
def test_readme_quick_start_synthesizes(tmp_path):
    """The ```python block of README.md, run verbatim as an app."""
    readme = (ROOT / "README.md").read_text()
    blocks = readme.split("```python\n")
    assert len(blocks) == 2, "README.md has one Python block"
    (tmp_path / "main.py").write_text(blocks[1].split("```")[0])
    env = {**os.environ, "CDKTF_OUTDIR": str(tmp_path / "out")}
    py = subprocess.run([sys.executable, "main.py"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert py.returncode == 0, py.stderr
    tf = json.loads((tmp_path / "out" / "stacks" / "payments" / "cdk.tf.json").read_text())
    assert set(tf["resource"]) == {"ilert_alert_source", "ilert_escalation_policy", "datadog_webhook"}
