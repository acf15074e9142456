import type { Monitor } from "@cdktf/provider-datadog/lib/monitor";

/**
 * The monitors connected to each integration (`connectMonitor`), and who follows them: a maintenance
 * window mutes every monitor of its integration, those connected before it was declared and those
 * connected after, so the order of the two calls does not matter.
 */
interface Connections {
  readonly monitors: Monitor[];
  readonly followers: ((monitor: Monitor) => void)[];
}

const CONNECTIONS = new WeakMap<object, Connections>();

function connectionsOf(integration: object): Connections {
  let found = CONNECTIONS.get(integration);
  if (found === undefined) {
    found = { monitors: [], followers: [] };
    CONNECTIONS.set(integration, found);
  }
  return found;
}

/** Records that `monitor` is connected to `integration` (once, however often it is connected) and tells the followers. */
export function monitorConnected(integration: object, monitor: Monitor): void {
  const connections = connectionsOf(integration);
  if (connections.monitors.includes(monitor)) return;
  connections.monitors.push(monitor);
  for (const follow of connections.followers) follow(monitor);
}

/** Calls `follow` for each monitor connected to `integration`, now and from now on. */
export function followConnectedMonitors(integration: object, follow: (monitor: Monitor) => void): void {
  const connections = connectionsOf(integration);
  connections.followers.push(follow);
  for (const monitor of [...connections.monitors]) follow(monitor);
}
