import { ConditionalBlock, mentionsIn, parseMessage } from "../constructs/datadog/private/monitor-message";
import { escapeControls } from "../constructs/core/shown-text";
import { fromTerraformString } from "../constructs/core/terraform-escape";
import { idKind, LITERAL_ID, loginEmails, walkValues } from "./literal-ids";
import { SynthesizedStack } from "./synthesized-stacks";

/**
 * A Mermaid flowchart of who gets paged, read from synthesized stacks: Datadog monitors -> webhooks
 * (by `@webhook-<name>` mentions) -> iLert alert sources -> escalation policies -> schedules, users
 * and teams, with on-call reminders, following the Terraform references between resources. Only
 * `ilert_*` resources, Datadog webhooks and the monitors that mention them are drawn, plus the iLert
 * objects they name by a literal id (`User.fromId`, `Team.fromId`, ...), labelled with what the
 * stack knows of them (a user's login email) or else their id.
 */
export function wiringDiagram(stacks: readonly SynthesizedStack[]): string {
  const nodes = stacks.flatMap((stack) => collectNodes(stack));
  const webhooks = nodes.filter((n) => n.type === "datadog_webhook" && n.block === "resource");
  const edges: Edge[] = [];
  const mentioned = new Set<Node>();
  const monitors = nodes
    .filter((n) => n.type === "datadog_monitor")
    .filter((monitor) => {
      const routes = webhooks.flatMap((webhook) => monitorRoute(monitor, webhook));
      routes.forEach((edge) => mentioned.add(edge.to));
      edges.push(...routes);
      return routes.length > 0;
    });
  const placeholders: Node[] = [];
  for (const webhook of webhooks.filter((w) => !mentioned.has(w))) {
    const placeholder = { ...webhook, type: "" };
    placeholders.push(placeholder);
    edges.push({ from: placeholder, to: webhook, label: "mention", solid: false });
  }
  const declared = nodes.filter((n) => n.type !== "datadog_monitor").concat(monitors);
  const byId = new Map<string, Node>();
  for (const node of declared) edges.push(...referenceEdges(node, declared, byId));
  const drawn = declared.concat([...byId.values()]);

  // The login emails the stacks know for users given by id, keyed `<stack> <user id>`.
  const known = new Map(stacks.flatMap((s) => [...loginEmails(s.config.data)].map(([id, email]) => [`${s.name} ${id}`, email] as const)));
  const lines = ["flowchart LR"];
  const ids = new Map<Node, string>();
  stacks.forEach((stack, i) => {
    lines.push(`  subgraph stack${i}["${text(`stack ${stack.name}`)}"]`);
    for (const node of [...placeholders, ...drawn].filter((n) => n.stack === stack.name).sort(byKind)) {
      ids.set(node, `n${ids.size + 1}`);
      lines.push(`    ${ids.get(node)}${shape(node, describe(node, known).map(text).join("<br/>"))}`);
    }
    lines.push("  end");
  });
  const seen = new Set<string>();
  for (const edge of edges) {
    const line = `  ${ids.get(edge.from)} ${edge.solid ? "-->" : "-.->"}|"${text(edge.label)}"| ${ids.get(edge.to)}`;
    if (!seen.has(line)) lines.push(line);
    seen.add(line);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * A drawn resource or data source, or (block "id", body empty) an object named only by its id.
 * `type` "" marks the placeholder for unmentioned webhooks.
 */
interface Node {
  readonly stack: string;
  readonly block: "resource" | "data" | "id";
  readonly type: string;
  readonly name: string;
  readonly body: Readonly<Record<string, unknown>>;
}

interface Edge {
  readonly from: Node;
  readonly to: Node;
  readonly label: string;
  /** Solid for the paging path, dotted for ownership, reminders and other references. */
  readonly solid: boolean;
}

const DRAWN_TYPE = /^(ilert_.+|datadog_webhook|datadog_monitor)$/;

/** A user's contacts (iLert provider 2.20), each drawn as "contact of" its user. */
const CONTACT_TYPES = new Set(["ilert_user_email_contact", "ilert_user_phone_number_contact"]);

function collectNodes(stack: SynthesizedStack): Node[] {
  return (["resource", "data"] as const).flatMap((block) =>
    Object.entries(stack.config[block] ?? {})
      .filter(([type]) => DRAWN_TYPE.test(type))
      .flatMap(([type, byName]) => Object.entries(byName).map(([name, body]) => ({ stack: stack.name, block, type, name, body }))),
  );
}

/** The edge from a monitor to a webhook its message or escalation message mentions, if any. */
function monitorRoute(monitor: Node, webhook: Node): Edge[] {
  const handle = `@webhook-${fromTerraformString(String(webhook.body.name))}`;
  const contexts: string[] = [];
  for (const key of ["message", "escalation_message"]) {
    const message = monitor.body[key];
    if (typeof message !== "string") continue;
    const parsed = parseMessage(fromTerraformString(message));
    if (!parsed.ok) {
      if (message.includes(handle))
        return [{ from: monitor, to: webhook, label: "unbalanced message: Datadog routes nothing", solid: false }];
      continue;
    }
    contexts.push(...mentionsIn(parsed, handle).map(describeContext));
  }
  if (contexts.length === 0) return [];
  const label = contexts.includes("every notification") ? "every notification" : [...new Set(contexts)].join(", ");
  return [{ from: monitor, to: webhook, label, solid: true }];
}

function describeContext(blocks: readonly ConditionalBlock[]): string {
  if (blocks.length === 0) return "every notification";
  return blocks.map((b) => `${b.negated ? "not " : ""}${b.conditional}`).join(" & ");
}

/**
 * Edges for the Terraform references in a node's body to other drawn nodes of its stack, and for
 * the literal ids in it (to nodes of `byId`, keyed `<stack> <type> <id>`, added as found).
 */
function referenceEdges(node: Node, drawn: readonly Node[], byId: Map<string, Node>): Edge[] {
  const byAddress = new Map(
    drawn.filter((n) => n.stack === node.stack).map((n) => [`${n.block === "data" ? "data." : ""}${n.type}.${n.name}`, n]),
  );
  const edges: Edge[] = [];
  walkValues(node.body, [], (at, value) => {
    const type = LITERAL_ID.test(value) ? idKind(at) : undefined;
    if (type !== undefined) {
      const key = `${node.stack} ${type} ${value}`;
      if (!byId.has(key)) byId.set(key, { stack: node.stack, block: "id", type, name: value, body: {} });
      edges.push({ from: node, to: byId.get(key)!, ...edgeLabel(node, at) });
      return;
    }
    for (const [, expression] of value.matchAll(/(?<!\$)\$\{([^}]*)\}/g)) {
      for (const [address] of expression.matchAll(/(?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*/g)) {
        const target = byAddress.get(address);
        if (target !== undefined && target !== node) edges.push({ from: node, to: target, ...edgeLabel(node, at) });
      }
    }
  });
  return edges;
}

/** What a reference at path `at` of `node` means for paging. */
function edgeLabel(node: Node, at: (string | number)[]): { label: string; solid: boolean } {
  const [first, index] = at;
  const body = node.body;
  if (node.type === "datadog_webhook" && first === "url") return { label: "posts to", solid: true };
  if (node.type === "ilert_alert_source" && first === "escalation_policy") return { label: "routes to", solid: true };
  if (first === "escalation_rule" && typeof index === "number") return { label: stepLabel(body, index), solid: true };
  if (first === "schedule_layer" && typeof index === "number") return { label: `on call in ${layerName(body, index)}`, solid: true };
  if (node.type === "ilert_team" && first === "member") return { label: "member", solid: true };
  if (node.type === "ilert_user_duty_preference" && first === "user") return { label: "reminds", solid: false };
  if (node.type === "ilert_user_duty_preference" && first === "contact") return { label: "via", solid: false };
  if (CONTACT_TYPES.has(node.type) && first === "user") return { label: "contact of", solid: false };
  if (first === "team" || first === "teams") return { label: "owned by", solid: false };
  return {
    label: at
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
      .join("")
      .slice(1),
    solid: false,
  };
}

function stepLabel(policy: Readonly<Record<string, unknown>>, index: number): string {
  const rules = policy.escalation_rule as readonly Record<string, unknown>[];
  const timeout = rules[index].escalation_timeout;
  const step = `step ${index + 1}`;
  if (index < rules.length - 1) return `${step}, next after ${timeout} min`;
  return policy.repeating === true ? `${step}, repeats after ${timeout} min` : step;
}

function layerName(schedule: Readonly<Record<string, unknown>>, index: number): string {
  const layer = (schedule.schedule_layer as readonly Record<string, unknown>[])[index];
  return typeof layer.name === "string" ? `layer ${fromTerraformString(layer.name)}` : `layer ${index + 1}`;
}

/** What a type is called in a label. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  ilert_user: "iLert user",
  ilert_team: "iLert team",
  ilert_schedule: "iLert schedule",
  ilert_escalation_policy: "iLert escalation policy",
};

const KIND_ORDER = [
  "",
  "datadog_monitor",
  "datadog_webhook",
  "ilert_alert_source",
  "ilert_escalation_policy",
  "ilert_schedule",
  "ilert_team",
  "ilert_user",
];

function byKind(a: Node, b: Node): number {
  const rank = (n: Node) => (KIND_ORDER.includes(n.type) ? KIND_ORDER.indexOf(n.type) : KIND_ORDER.length);
  return rank(a) - rank(b) || a.type.localeCompare(b.type) || a.block.localeCompare(b.block) || a.name.localeCompare(b.name);
}

function shape(node: Node, label: string): string {
  return node.type === "" || node.type === "datadog_monitor" ? `(["${label}"])` : `["${label}"]`;
}

/** The lines of a node's label: what it is, then what the app knows of it; never a construct's id. */
function describe(node: Node, known: ReadonlyMap<string, string>): string[] {
  const b = node.body;
  if (node.block === "id") {
    const kind = TYPE_NAMES[node.type] ?? node.type;
    return [
      `${kind} ${node.name} (existing)`,
      ...(node.type === "ilert_user" && known.has(`${node.stack} ${node.name}`) ? [known.get(`${node.stack} ${node.name}`)!] : []),
    ];
  }
  const get = (key: string): string | undefined =>
    typeof b[key] === "string" || typeof b[key] === "number" ? fromTerraformString(String(b[key])) : undefined;
  const existing = node.block === "data" ? " (existing)" : "";
  const lines = ((): (string | undefined)[] => {
    switch (node.type) {
      case "":
        return ["Datadog monitors mentioning", `@webhook-${get("name")}`, "(none declared in this app)"];
      case "datadog_monitor":
        return ["Datadog monitor", get("name"), b.priority === undefined ? undefined : `priority P${get("priority")}`];
      case "datadog_webhook":
        return ["Datadog webhook", `@webhook-${get("name")}`];
      case "ilert_alert_source":
        return [
          "iLert alert source",
          get("name"),
          templateMapping(b.priority_template, "priority"),
          templateMapping(b.severity_template, "severity"),
          prefixed("priority ", get("alert_priority_rule")),
          prefixed("auto-resolves after ", get("auto_resolution_timeout")),
        ];
      case "ilert_escalation_policy":
        return [
          "iLert escalation policy",
          get("name"),
          b.repeating === true ? `repeats ${get("frequency") ?? 1}x` : undefined,
          prefixed("first notification after ", get("delay_min"), " min"),
        ];
      case "ilert_schedule":
        return ["iLert schedule", get("name"), get("timezone")];
      case "ilert_user":
        return ["iLert user", get("email") ?? [get("first_name"), get("last_name")].filter(Boolean).join(" ")];
      case "ilert_team":
        return ["iLert team", get("name")];
      case "ilert_user_email_contact":
        return ["Email contact", get("target")];
      case "ilert_user_phone_number_contact":
        return ["Phone contact", [get("region_code"), get("target")].filter(Boolean).join(" ")];
      case "ilert_user_duty_preference":
        return [
          get("type") === "ON_CALL" ? "On-call reminder" : `Duty reminder ${get("type")}`,
          `${get("method")}, ${get("before_min")} min before each shift`,
        ];
      default:
        return [node.type, get("name") ?? get("email") ?? get("target")];
    }
  })();
  const [title, ...rest] = lines.filter((l): l is string => l !== undefined && l !== "");
  return [`${title}${existing}`, ...rest];
}

function prefixed(prefix: string, value: string | undefined, suffix = ""): string | undefined {
  return value === undefined ? undefined : `${prefix}${value}${suffix}`;
}

/** `priority P1,P2 HIGH; P3,P4,P5 LOW` for a priority or severity template block. */
function templateMapping(block: unknown, field: "priority" | "severity"): string | undefined {
  const mapping = (block as { mapping?: Record<string, unknown>[] } | undefined)?.mapping;
  if (!Array.isArray(mapping)) return undefined;
  const groups = new Map<string, string[]>();
  for (const entry of mapping) groups.set(String(entry[field]), [...(groups.get(String(entry[field])) ?? []), String(entry.value)]);
  return `${field} ${[...groups].map(([to, from]) => `${from.join(",")} ${to}`).join("; ")}`;
}

/**
 * Label text for a quoted Mermaid label: line breaks become spaces, other control characters visible
 * escapes (shown-text.ts), and characters Mermaid or HTML would read as markup (quotes, entities,
 * tags, `%%` comments and directives, markdown backticks) Mermaid entity codes (`#34;`).
 */
function text(value: string): string {
  return escapeControls(value.replace(/\s*[\r\n]\s*/g, " ")).replace(/[#"<>&`%]/g, (c) => `#${c.charCodeAt(0)};`);
}
