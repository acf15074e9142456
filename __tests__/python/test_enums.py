"""The enum-like classes (ProviderEnum subclasses) from Python: values() and lookup() are static
methods with a typed `this`; jsii calls them on the subclass they are called through."""

ALERT_CREATION = [
    "ONE_ALERT_PER_EMAIL",
    "ONE_ALERT_PER_EMAIL_SUBJECT",
    "ONE_PENDING_ALERT_ALLOWED",
    "ONE_OPEN_ALERT_ALLOWED",
    "OPEN_RESOLVE_ON_EXTRACTION",
    "ONE_ALERT_GROUPED_PER_WINDOW",
    "INTELLIGENT_GROUPING",
]


def test_values_gives_the_subclass_constants(lib):
    values = lib.AlertCreation.values()
    assert [v.value for v in values] == ALERT_CREATION
    assert all(isinstance(v, lib.AlertCreation) for v in values)
    assert all(isinstance(v, lib.AutoResolutionTimeout) for v in lib.AutoResolutionTimeout.values())
    assert lib.ProviderEnum.values() == []


def test_lookup_gives_the_subclass_constant_or_none(lib):
    found = lib.AlertCreation.lookup("ONE_ALERT_PER_EMAIL")
    assert isinstance(found, lib.AlertCreation)
    assert found.value == "ONE_ALERT_PER_EMAIL" and found.is_custom is False
    assert lib.AutoResolutionTimeout.lookup("PT4H").value == lib.AutoResolutionTimeout.HOURS_4.value
    assert lib.AlertCreation.lookup("PT4H") is None


def test_constants_compare_by_value_not_identity(lib):
    """Each read of a constant gives a new Python proxy of the same JavaScript object, so compare
    `.value` (docs/python.md); the library itself receives the one JavaScript object either way."""
    assert lib.AlertCreation.ONE_ALERT_PER_EMAIL is not lib.AlertCreation.ONE_ALERT_PER_EMAIL
    assert lib.AlertCreation.ONE_ALERT_PER_EMAIL.value == lib.AlertCreation.lookup("ONE_ALERT_PER_EMAIL").value
    # toString() is to_string(); Python's str() is the proxy's default.
    assert lib.AlertCreation.ONE_ALERT_PER_EMAIL.to_string() == "ONE_ALERT_PER_EMAIL"
    custom = lib.AlertCreation.custom("NEW_MODE")
    assert custom.value == "NEW_MODE" and custom.is_custom is True
