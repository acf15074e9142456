"""Fixtures of the Python tests (scripts/python-tests.js runs them once per framework's venv)."""
import importlib
import pathlib

import pytest

from frameworks import FRAMEWORK, MODULES

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
