"""Bad input from Python raises with the library's full message: construct path, prop, value
received, what is accepted, the fix; the same text the TypeScript tests pin (file named per case).

What Python receives (jsii's Python runtime): a builtin `RuntimeError`, chained (`__cause__`) from
`jsii.errors.JavaScriptError` with the JavaScript stack. An error thrown by a constructor carries the
message as it is; one thrown by a method or static method call is prefixed with the error's name,
`IlertDatadogValidationError: `. A value of the wrong Python type is refused before it reaches the
library, by the bindings' own type check (`TypeError`)."""
import pytest


def raised(fn) -> BaseException:
    with pytest.raises(Exception) as info:
        fn()
    return info.value


def escalation_policy(lib, stack, timeout):
    lead = lib.User.from_id(stack, "Lead", "7")
    return lib.EscalationPolicy(
        stack,
        "Policy",
        name="Payments",
        rules=[lib.EscalationRule(target=lib.EscalationTarget.user(lead), escalation_timeout_min=timeout)],
    )


def weekly(lib, stack, timezone):
    alice = lib.User.from_id(stack, "Alice", "1")
    layer = lib.ScheduleLayer(users=[alice], rotation=lib.Rotation.weekly(), start="2026-01-05T09:00")
    return lib.OnCallSchedule(stack, "Schedule", name="Payments", timezone=timezone, layers=[layer])


def test_escalation_timeout_out_of_range(lib, stack):
    # __tests__/ilert/escalation/escalation-policy.test.ts
    error = raised(lambda: escalation_policy(lib, stack, 525601))
    assert type(error) is RuntimeError
    assert str(error) == (
        "test/Policy: invalid rules[0].escalationTimeoutMin 525601: expected an integer from 0 to 525600; "
        "give the minutes to wait before escalating"
    )


def test_bad_webhook_name(lib, stack):
    # __tests__/integration/ilert-datadog-integration.test.ts
    policy = lib.EscalationPolicy.from_id(stack, "Policy", "1234")
    error = raised(lambda: lib.IlertDatadogIntegration(stack, "Payments", name="Payments API", escalation_policy=policy, webhook_name="my hook"))
    assert type(error) is RuntimeError
    assert str(error) == (
        'test/Payments: invalid webhookName "my hook": expected only letters, digits, "-" and "_"; '
        'rename it, e.g. "my-hook"; Datadog rejects other characters only at apply time'
    )


def test_invalid_time_zone(lib, stack):
    # __tests__/ilert/schedule/on-call-schedule.test.ts
    error = raised(lambda: weekly(lib, stack, "utc"))
    assert type(error) is RuntimeError
    assert str(error) == (
        'test/Schedule: invalid timezone "utc": expected an IANA time zone name such as "Europe/Berlin" '
        'or "America/New_York"; spell it "UTC"'
    )


def test_a_method_call_prefixes_the_error_name(lib, stack):
    # __tests__/ilert/reminder/on-call-reminder.test.ts (beforeMin 45 there, on the schedule's path here)
    schedule = weekly(lib, stack, "Europe/Berlin")
    error = raised(lambda: schedule.remind_responders(before_min=45, method=lib.ReminderMethod.PUSH))
    assert type(error) is RuntimeError
    assert str(error) == (
        "IlertDatadogValidationError: test/Schedule: invalid beforeMin 45: expected one of 0, 15, 30, 60, 180, "
        "360, 720, 1440; iLert reminds only at these minutes before a shift; pick the nearest"
    )


def test_the_cause_names_the_library_error(lib, stack):
    """What Python code can test today to tell a validation error from other RuntimeErrors (docs/python.md)."""
    error = raised(lambda: escalation_policy(lib, stack, -1))
    assert "IlertDatadogValidationError: test/Policy: invalid rules[0].escalationTimeoutMin -1" in str(error.__cause__)
    assert type(error.__cause__).__name__ == "JavaScriptError"


def test_is_validation_error_cannot_take_a_python_exception(lib, stack):
    """The guard is reachable, but what Python catches is a Python exception, which jsii cannot pass
    back to JavaScript: the JavaScript error object stays on the JavaScript side (docs/python.md)."""
    error = raised(lambda: escalation_policy(lib, stack, -1))
    assert lib.IlertDatadogErrors.is_validation_error("test/Policy: invalid") is False
    assert lib.IlertDatadogErrors.is_validation_error(lib.AlertCreation.ONE_ALERT_PER_EMAIL) is False
    with pytest.raises(AttributeError):
        lib.IlertDatadogErrors.is_validation_error(error)


def test_a_plain_string_for_an_enum_class_is_a_type_error(lib, stack):
    policy = lib.EscalationPolicy.from_id(stack, "Policy", "1234")
    error = raised(
        lambda: lib.IlertDatadogIntegration(stack, "Payments", name="Payments", escalation_policy=policy, alert_creation="ONE_ALERT_PER_EMAIL")
    )
    assert type(error) is TypeError
    assert "alert_creation" in str(error)
