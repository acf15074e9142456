"""Support hours with holidays and maintenance windows from Python: the same props (snake_case), the
same synthesized blocks and the same messages as the TypeScript tests pin
(__tests__/ilert/alert-source/support-hours.test.ts, __tests__/datadog/maintenance/*.test.ts)."""
import importlib
import json

import pytest

from frameworks import MODULES, FRAMEWORK


def test_support_hours_with_holidays_on_an_integration(lib, core, stack):
    hours = lib.SupportHours(
        stack,
        "Hours",
        name="Payments office hours",
        timezone="Europe/Berlin",
        support_days=[lib.SupportDays(days=[lib.DayOfWeek.MONDAY, lib.DayOfWeek.FRIDAY], start="08:00", end="18:00")],
        exceptions=[
            lib.SupportHoursException(name="Christmas", first_day="2026-12-24", last_day="2026-12-26"),
            lib.SupportHoursException(name="Release", first_day="2027-01-09", support_status=lib.SupportStatus.DURING),
        ],
    )
    lib.IlertDatadogIntegration(
        stack,
        "Datadog",
        name="Payments",
        escalation_policy=lib.EscalationPolicy.from_id(stack, "Policy", "1"),
        priority_rule=lib.AlertPriorityRule.HIGH_DURING_SUPPORT_HOURS,
        support_hours=hours,
    )
    tf = json.loads(core.Testing.synth(stack))
    [(name, body)] = tf["resource"]["ilert_support_hour"].items()
    assert body["support_days"] == {"monday": {"start": "08:00", "end": "18:00"}, "friday": {"start": "08:00", "end": "18:00"}}
    assert body["exception"] == [
        {"name": "Christmas", "start": "2026-12-24", "end": "2026-12-26", "support_status": "OUTSIDE"},
        {"name": "Release", "start": "2027-01-09", "end": "2027-01-09", "support_status": "DURING"},
    ]
    [source] = tf["resource"]["ilert_alert_source"].values()
    assert source["support_hours"] == {"id": "${ilert_support_hour." + name + ".id}"}


def test_maintenance_window_mutes_the_connected_monitor(lib, core, stack):
    monitor_module = importlib.import_module(MODULES[FRAMEWORK]["datadog"] + ".monitor")
    integration = lib.IlertDatadogIntegration(stack, "Datadog", name="Payments", escalation_policy=lib.EscalationPolicy.from_id(stack, "Policy", "1"))
    integration.connect_monitor(monitor_module.Monitor(stack, "Errors", name="Errors", type="query alert", query="avg(last_5m):avg:x{*} > 1", message="m"))
    lib.MaintenanceWindow(
        stack,
        "PatchNight",
        integration=integration,
        schedule=lib.MaintenanceSchedule.recurring(
            timezone="Europe/Berlin",
            recurrences=[lib.MaintenanceRecurrence(rrule="FREQ=MONTHLY;BYDAY=1TU", start="2026-01-06T22:00", duration="2h")],
        ),
        notify_end_types=[lib.DowntimeNotifyEndType.EXPIRED],
    )
    [body] = json.loads(core.Testing.synth(stack))["resource"]["datadog_downtime_schedule"].values()
    assert body["recurring_schedule"] == {
        "timezone": "Europe/Berlin",
        "recurrence": [{"rrule": "FREQ=MONTHLY;BYDAY=1TU", "start": "2026-01-06T22:00:00", "duration": "2h"}],
    }
    assert (body["display_timezone"], body["notify_end_types"], body["scope"]) == ("Europe/Berlin", ["expired"], "*")


def test_a_rule_with_dtstart_raises_the_librarys_message(lib, stack):
    integration = lib.IlertDatadogIntegration(stack, "Datadog", name="Payments", escalation_policy=lib.EscalationPolicy.from_id(stack, "Policy", "1"))
    schedule = lib.MaintenanceSchedule.recurring(
        timezone="UTC", recurrences=[lib.MaintenanceRecurrence(rrule="DTSTART=20260106T220000;FREQ=WEEKLY", start="2026-01-06T22:00", duration="2h")]
    )
    with pytest.raises(RuntimeError) as info:
        lib.MaintenanceWindow(stack, "Release", integration=integration, schedule=schedule)
    assert str(info.value) == (
        'test/Release: invalid schedule.recurrences[0].rrule "DTSTART=20260106T220000;FREQ=WEEKLY": expected a rule without '
        "DTSTART, DTEND or DURATION (Datadog refuses them in a downtime's rule); remove DTSTART: the recurrence's start is its "
        "start field, its length its duration"
    )
