import { TerraformStack, Testing } from "cdktf";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { followConnectedMonitors, monitorConnected } from "../../constructs/integration/connected-monitors";

const stack = new TerraformStack(Testing.app(), "test");
const monitor = (id: string) => new Monitor(stack, id, { name: id, type: "query alert", query: "q", message: "m" });

describe("connected monitors", () => {
  test("a follower hears of the monitors connected before and after it, each once, per integration", () => {
    const [a, b, c] = [monitor("A"), monitor("B"), monitor("C")];
    const integration = {};
    const other = {};
    const heard: string[] = [];
    monitorConnected(integration, a);
    monitorConnected(other, c);
    followConnectedMonitors(integration, (m) => heard.push(m.node.id));
    monitorConnected(integration, b);
    monitorConnected(integration, a);
    expect(heard).toEqual(["A", "B"]);
  });

  test("two followers both hear of every monitor", () => {
    const integration = {};
    const heard: string[] = [];
    followConnectedMonitors(integration, (m) => heard.push(`1:${m.node.id}`));
    followConnectedMonitors(integration, (m) => heard.push(`2:${m.node.id}`));
    monitorConnected(integration, monitor("D"));
    expect(heard).toEqual(["1:D", "2:D"]);
  });
});
