#!/usr/bin/env python
"""Example app in Python: main.ts's PaymentsOnCallStack, one team's Datadog -> iLert paging.

`cdktf synth` in this folder runs it (cdktf.json), with the wheel and its peers installed in the
active Python environment (docs/python.md). It synthesizes the same Terraform JSON as the TypeScript
example (`npm run synth`), which __tests__/python/test_example.py checks. Credentials are read by the
providers at plan/apply time from ILERT_API_TOKEN, DD_API_KEY, DD_APP_KEY; synth needs none of them.
"""
from constructs import Construct
from cdktf import App, LocalBackend, TerraformOutput, TerraformStack
from cdktf_cdktf_provider_datadog.monitor import Monitor, MonitorMonitorThresholds
from cdktf_ilert_datadog import (
    AlertCreation,
    AlertGroupingWindow,
    AutoResolutionTimeout,
    EscalationPolicy,
    EscalationRule,
    EscalationTarget,
    IlertDatadogIntegration,
    OnCallSchedule,
    PriorityMapping,
    ReminderMethod,
    Rotation,
    ScheduleLayer,
    Team,
    User,
)


class PaymentsOnCallStack(TerraformStack):
    """A weekly on-call rotation, a two-step escalation policy (whoever is on call, then the team
    lead), reminders before each shift, and the Datadog integration that pages it."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        LocalBackend(self, path=f"terraform.{id}.tfstate")

        team = Team.from_name(self, "Team", "Payments")
        lead = User.from_email(self, "TeamLead", "payments-lead@example.com")
        alice = User.from_email(self, "Alice", "alice@example.com")
        bob = User.from_email(self, "Bob", "bob@example.com")

        rotation = OnCallSchedule(
            self,
            "WeeklyRotation",
            name="Payments weekly rotation",
            timezone="Europe/Berlin",
            layers=[ScheduleLayer(name="Weekly", users=[alice, bob], rotation=Rotation.weekly(), start="2026-01-05T09:00")],
            teams=[team],
        )

        policy = EscalationPolicy(
            self,
            "EscalationPolicy",
            name="Payments",
            rules=[
                EscalationRule(target=EscalationTarget.schedule(rotation), escalation_timeout_min=15),
                EscalationRule(target=EscalationTarget.user(lead), escalation_timeout_min=15),
            ],
            repeating=True,
            frequency=2,
            teams=[team],
        )

        # Everyone on the rotation gets a push notification an hour before each of their shifts.
        rotation.remind_responders(before_min=60, method=ReminderMethod.PUSH)

        self.integration = IlertDatadogIntegration(
            self,
            "Datadog",
            name="Payments (Datadog)",
            escalation_policy=policy,
            alert_creation=AlertCreation.ONE_ALERT_GROUPED_PER_WINDOW,
            alert_grouping_window=AlertGroupingWindow.MINUTES_5,
            auto_resolution_timeout=AutoResolutionTimeout.HOURS_4,
            summary_template="{{ title }}",
            # P1-P2 page as HIGH, P3-P5 as LOW (iLert's priority template reads the monitor's priority).
            priority_mapping=PriorityMapping.from_datadog_priority(),
        )

        checkout_errors = Monitor(
            self,
            "CheckoutErrors",
            name="Payments: checkout error rate",
            type="query alert",
            query="sum(last_5m):sum:checkout.errors{env:prod}.as_count() > 50",
            message="More than 50 checkout errors in 5 minutes. Runbook: https://wiki.example.com/payments/checkout",
            priority="1",
            monitor_thresholds=MonitorMonitorThresholds(critical="50"),
            tags=["team:payments"],
        )
        self.integration.connect_monitor(checkout_errors)

        TerraformOutput(
            self,
            "notification_handle",
            value=self.integration.notification_handle,
            description="Mention this in Datadog monitor messages to page the Payments team",
        )


if __name__ == "__main__":
    # The output folder: CDKTF_OUTDIR, which `cdktf synth` sets, else cdktf.out.
    app = App()
    PaymentsOnCallStack(app, "payments-oncall")
    app.synth()
