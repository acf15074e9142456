import { AnnotationMetadataEntryType, TerraformStack, TerraformVariable } from "cdktf";
import { IlertDatadogValidationError, IUser, OnCallSchedule, Rotation, ScheduleLayer, User } from "../../../../constructs";
import { onCallShifts } from "../../../../tools";
import { only, synth, thrown } from "../../../helpers/synth";

// alice, bob and carol took weekly turns from Monday 5 January 09:00 Berlin; turn 9 (9 to 16 March) is
// alice's. The team reorders them to bob, carol, alice on Wednesday 11 March.
function team(stack: TerraformStack): Record<"alice" | "bob" | "carol" | "dave", IUser> {
  return {
    alice: User.fromEmail(stack, "Alice", "alice@example.com"),
    bob: User.fromEmail(stack, "Bob", "bob@example.com"),
    carol: User.fromId(stack, "Carol", "43", { email: "carol@example.com" }),
    dave: User.fromId(stack, "Dave", "44"),
  };
}

function schedule(stack: TerraformStack, layer: (p: ReturnType<typeof team>) => Partial<ScheduleLayer>, timezone = "Europe/Berlin") {
  const p = team(stack);
  return new OnCallSchedule(stack, "Schedule", {
    name: "Payments",
    timezone,
    layers: [
      {
        users: [p.bob, p.carol, p.alice],
        rotation: Rotation.weekly(),
        start: "2026-01-05T09:00",
        keepOnCall: { at: "2026-03-11T12:00", previousUsers: [p.alice, p.bob, p.carol] },
        ...layer(p),
      },
    ],
  });
}

/** The schedule's synthesized layer, and the info annotations it recorded. */
function synthesized(layer: Parameters<typeof schedule>[1]): { layer: Record<string, any>; infos: unknown[] } {
  let infos: unknown[] = [];
  const { tf } = synth((stack) => {
    const s = schedule(stack, layer);
    infos = s.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.INFO).map((m) => m.data);
  });
  return { layer: only(tf, "resource", "ilert_schedule").body.schedule_layer[0], infos };
}

function failure(build: (stack: TerraformStack) => unknown): string {
  const err = thrown(() => synth(build));
  expect(err).toBeInstanceOf(IlertDatadogValidationError);
  return err.message;
}

describe("ScheduleLayer.keepOnCall", () => {
  test("iLert gets the start that keeps alice on call: the previous start moved back by whole weeks, the new order after her", () => {
    const { layer, infos } = synthesized(() => ({}));
    expect(layer.starts_on).toBe("2025-12-22T09:00");
    expect(layer.user).toHaveLength(3);
    expect(infos).toEqual([
      "layers[0]: starts_on 2025-12-22T09:00, computed by keepOnCall: alice@example.com stays on call at 2026-03-11T12:00 (turn from 2026-03-09T09:00 until 2026-03-16T09:00), then bob@example.com, carol@example.com, alice@example.com in turn. For the next change of members, make 2025-12-22T09:00 the layer's start and its users the previousUsers.",
    ]);
    // The rotation engine, on what was synthesized: alice until Monday 16 March, then bob, carol, alice.
    const shifts = onCallShifts(
      { timezone: "Europe/Berlin", layers: [{ name: "L", users: ["bob", "carol", "alice"], rotation: "P7D", start: layer.starts_on }] },
      new Date("2026-03-11T11:00Z"),
      new Date("2026-04-06T07:00Z"),
    );
    expect(shifts.map((s) => `${s.user} ${s.end.toISOString()}`)).toEqual([
      "alice 2026-03-16T08:00:00.000Z",
      "bob 2026-03-23T08:00:00.000Z",
      "carol 2026-03-30T07:00:00.000Z",
      "alice 2026-04-06T07:00:00.000Z",
    ]);
  });

  test("a member added after the person on call: the start moves back three weeks (turn 9 becomes turn 0 of four); no keepOnCall, no change", () => {
    const added = synthesized((p) => ({ users: [p.alice, p.bob, p.carol, p.dave] }));
    expect(added.layer.starts_on).toBe("2025-12-15T09:00");
    // The order after alice: the members after her in users, then those before her, then alice.
    expect(added.infos).toEqual([
      "layers[0]: starts_on 2025-12-15T09:00, computed by keepOnCall: alice@example.com stays on call at 2026-03-11T12:00 (turn from 2026-03-09T09:00 until 2026-03-16T09:00), then bob@example.com, carol@example.com, test/Dave, alice@example.com in turn. For the next change of members, make 2025-12-15T09:00 the layer's start and its users the previousUsers.",
    ]);
    expect(synthesized(() => ({ keepOnCall: undefined })).layer.starts_on).toBe("2026-01-05T09:00");
  });

  test("a moment exactly at the start is accepted: the first turn's person, alice, stays on call", () => {
    const { layer } = synthesized((p) => ({ keepOnCall: { at: "2026-01-05T09:00", previousUsers: [p.alice, p.bob, p.carol] } }));
    expect(layer.starts_on).toBe("2025-12-22T09:00");
  });

  test("the person on call is no longer a member: refused, with their turn and what to do", () => {
    expect(failure((stack) => schedule(stack, (p) => ({ users: [p.bob, p.carol] })))).toBe(
      'test/Schedule: invalid layers[0].keepOnCall.previousUsers[0] "test/Alice": expected a member of layers[0].users: they are on call at 2026-03-11T12:00 (their turn runs from 2026-03-09T09:00 until 2026-03-16T09:00), and keepOnCall keeps that person on call; keep them in layers[0].users until 2026-03-16T09:00 and remove them after that hand-over, set keepOnCall.at to a moment in the turn of someone who stays, or remove keepOnCall to have the turns counted anew from layers[0].start',
    );
  });

  test("a moment before the start, or not a date-time: refused", () => {
    expect(failure((stack) => schedule(stack, (p) => ({ keepOnCall: { at: "2026-01-05T08:59", previousUsers: [p.alice] } })))).toBe(
      'test/Schedule: invalid layers[0].keepOnCall.at "2026-01-05T08:59": expected a date-time at or after layers[0].start "2026-01-05T09:00" (before it, nobody of previousUsers was on call); set it to the moment whose on-call person should stay, e.g. when the change is deployed',
    );
    expect(failure((stack) => schedule(stack, (p) => ({ keepOnCall: { at: "2026-03-11 12:00", previousUsers: [p.alice] } })))).toBe(
      'test/Schedule: invalid layers[0].keepOnCall.at "2026-03-11 12:00": expected a date-time "YYYY-MM-DDTHH:mm" in the schedule\'s time zone, e.g. "2026-01-05T09:00"; write the local date and time to the minute, without seconds or zone',
    );
  });

  test("previousUsers empty or not users, keepOnCall not an object or null: refused", () => {
    expect(failure((stack) => schedule(stack, () => ({ keepOnCall: { at: "2026-03-11T12:00", previousUsers: [] } })))).toBe(
      "test/Schedule: invalid layers[0].keepOnCall.previousUsers []: expected a list of at least 1 item; list the layer's users as they were before the change, in their order then",
    );
    expect(
      failure((stack) =>
        schedule(stack, () => ({ keepOnCall: { at: "2026-03-11T12:00", previousUsers: ["alice@example.com"] as unknown as IUser[] } })),
      ),
    ).toBe(
      'test/Schedule: invalid layers[0].keepOnCall.previousUsers[0] "alice@example.com": expected a user handle; pass a User, or User.fromId / User.fromEmail',
    );
    expect(failure((stack) => schedule(stack, () => ({ keepOnCall: "2026-03-11T12:00" as never })))).toBe(
      'test/Schedule: invalid layers[0].keepOnCall "2026-03-11T12:00": expected { at, previousUsers }; e.g. keepOnCall: { at: "2026-03-11T12:00", previousUsers: [alice, bob] }',
    );
    expect(failure((stack) => schedule(stack, () => ({ keepOnCall: null as never })))).toBe(
      'test/Schedule: invalid layers[0].keepOnCall null: expected { at, previousUsers }; e.g. keepOnCall: { at: "2026-03-11T12:00", previousUsers: [alice, bob] }',
    );
  });

  test("a misspelled or unknown key of keepOnCall is refused, naming the one meant or the ones accepted", () => {
    expect(failure((stack) => schedule(stack, (p) => ({ keepOnCall: { at: "2026-03-11T12:00", previousUser: [p.alice] } as never })))).toBe(
      "test/Schedule: missing layers[0].keepOnCall.previousUsers: expected previousUsers, found previousUser, which KeepOnCall does not have; did you mean previousUsers?",
    );
    expect(
      failure((stack) =>
        schedule(stack, (p) => ({ keepOnCall: { at: "2026-03-11T12:00", previousUsers: [p.alice], until: "2026-04-01T00:00" } as never })),
      ),
    ).toBe(
      'test/Schedule: invalid layers[0].keepOnCall.until "2026-04-01T00:00": expected a key of KeepOnCall: at, previousUsers; remove until, or use one of those',
    );
  });

  test.each<[string, (ref: string) => { layer?: Parameters<typeof schedule>[1]; timezone?: string }]>([
    ["layers[0].start", (ref) => ({ layer: () => ({ start: ref }) })],
    ["layers[0].rotation", (ref) => ({ layer: () => ({ rotation: Rotation.every(ref) }) })],
    ["layers[0].keepOnCall.at", (ref) => ({ layer: (p) => ({ keepOnCall: { at: ref, previousUsers: [p.alice, p.bob, p.carol] } }) })],
    ["timezone", (ref) => ({ timezone: ref })],
  ])("%s given as a Terraform reference cannot be computed from: refused", (prop, given) => {
    let ref = "";
    const message = failure((stack) => {
      ref = new TerraformVariable(stack, "ref", { type: "string" }).stringValue;
      const { layer = () => ({}), timezone } = given(ref);
      return schedule(stack, layer, timezone);
    });
    expect(message).toBe(
      `test/Schedule: invalid ${prop} ${JSON.stringify(ref)}: expected a literal value: layers[0].keepOnCall computes the layer's start at synth, and this is a Terraform reference; give ${prop} as a literal value, or remove layers[0].keepOnCall`,
    );
  });
});
