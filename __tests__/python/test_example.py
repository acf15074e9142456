"""examples/python/main.py (the Python port of main.ts's example stack) synthesizes the same Terraform
JSON as the TypeScript example, byte for byte: every address and property (users' deployed state)
and cdktf's `//` metadata. For cdktn, the same file with its imports renamed (frameworks.py) against
the cdktn build of main.ts (__tests__/python/synth-typescript.js). The apps run in processes of their
own, started by conftest.py's `synths`."""
import json

import pytest

from frameworks import FRAMEWORK


def test_python_example_synthesizes_what_the_typescript_example_does(synths):
    assert synths["py"].stack("payments-oncall") == synths["ts"].stack("payments-oncall")


def test_the_example_declares_the_integration_schedule_reminders_and_policy(synths):
    tf = json.loads(synths["py"].stack("payments-oncall"))
    resources = {kind: sorted(items) for kind, items in tf["resource"].items()}
    assert resources["ilert_alert_source"] and resources["datadog_webhook"] and resources["datadog_monitor"]
    assert resources["ilert_schedule"] and resources["ilert_escalation_policy"]
    # One reminder per responder of the rotation (Alice and Bob).
    assert len(resources["ilert_user_duty_preference"]) == 2
    assert "notification_handle" in tf["output"]
    datadog = {"cdktf": "3.82.0", "cdktn": "4.19.0"}[FRAMEWORK]
    assert tf["terraform"]["required_providers"]["datadog"]["version"] == datadog


@pytest.mark.skipif(FRAMEWORK != "cdktf", reason="the package README's Python quick start is written for cdktf")
def test_readme_quick_start_synthesizes(synths):
    """The ```python block of packages/cdktf/README.md (the package README), run verbatim as an app."""
    tf = json.loads(synths["readme"].stack("payments"))
    assert set(tf["resource"]) == {"ilert_alert_source", "ilert_escalation_policy", "datadog_webhook"}
