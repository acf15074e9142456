"""A user's own jsii library on top of this one (__tests__/package/jsii-consumer: acme-paging, in
TypeScript), compiled by jsii against the npm package's `.jsii` assembly and packed into a wheel of
its own, used from Python beside this library's wheel. It passes when the assembly the npm package
ships names the types the package's entry points export, and the wheel runs the npm package's own
files: the consumer's deep import `cdktf-ilert-datadog/ilert/alert-source` resolves in the wheel's
copy of the package, and objects cross both libraries as this library's Python classes."""
import importlib
import json
import pathlib
import subprocess
import sys

import pytest

from frameworks import FRAMEWORK

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def acme(tmp_path_factory):
    if FRAMEWORK != "cdktf":
        pytest.skip("acme-paging is written against the cdktf package; the cdktn package is staged by the same script")
    tmp = tmp_path_factory.mktemp("jsii-consumer")
    built = subprocess.run(
        ["node", str(ROOT / "__tests__/package/jsii-consumer/build.js"), str(tmp)], cwd=ROOT, capture_output=True, text=True
    )
    assert built.returncode == 0, built.stderr
    wheel = built.stdout.strip().splitlines()[-1]
    site = tmp / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps", "--target", str(site), wheel], check=True)
    sys.path.insert(0, str(site))
    try:
        yield importlib.import_module("acme_paging")
    finally:
        sys.path.remove(str(site))


def test_its_wheel_requires_this_librarys_wheel(acme):
    metadata = pathlib.Path(acme.__file__).parents[1] / "acme_paging-1.0.0.dist-info" / "METADATA"
    requires = [line for line in metadata.read_text().splitlines() if line.startswith("Requires-Dist: cdktf-ilert-datadog")]
    assert requires == ["Requires-Dist: cdktf-ilert-datadog <0.2.0,>=0.1.0"]


def test_objects_cross_both_libraries_as_this_librarys_classes(acme, lib, stack):
    paging = acme.Paging(stack, "Paging", team="payments", user_id="42")
    from cdktf_ilert_datadog.ilert.alert_source import AlertSource

    assert isinstance(paging.escalation_policy, lib.EscalationPolicy)
    assert isinstance(paging.integration, lib.IlertDatadogIntegration)
    assert isinstance(paging.alert_source, AlertSource)
    assert paging.integration.notification_handle == "@webhook-ilert-payments"


def test_a_python_made_policy_reaches_the_synthesized_alert_source(acme, lib, core, stack):
    policy = lib.EscalationPolicy.from_id(stack, "Policy", "4711")
    acme.Paging(stack, "Paging", team="payments", user_id="42", escalation_policy=policy)
    tf = json.loads(core.Testing.synth(stack))
    (source,) = tf["resource"]["ilert_alert_source"].values()
    assert (source["name"], source["integration_type"], source["escalation_policy"]) == ("payments", "DATADOG", "4711")
    (webhook,) = tf["resource"]["datadog_webhook"].values()
    assert webhook["name"] == "ilert-payments"
