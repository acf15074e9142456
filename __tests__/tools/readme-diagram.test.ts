import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readSynthesizedStacks, wiringDiagram } from "../../tools";
import { createApp } from "../../main";

// The README shows the example app's wiring diagram; it must be the one the app produces today.
// Refresh it after changing main.ts: UPDATE_DOCS=1 npx jest readme-diagram
test("README's diagram is the example app's current wiring diagram", () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "readme-diagram-"));
  try {
    createApp(outdir).synth();
    const diagram = wiringDiagram(readSynthesizedStacks(outdir));
    const readmePath = path.join(__dirname, "../../README.md");
    const readme = fs.readFileSync(readmePath, "utf8");
    const section = readme.indexOf("## The example app");
    const fence = readme.indexOf("```mermaid\n", section);
    // The section and its fence first: without them UPDATE_DOCS would write elsewhere and pass.
    expect([section >= 0, fence > section]).toEqual([true, true]);
    const start = fence + "```mermaid\n".length;
    const end = readme.indexOf("```", start);
    const shown = readme.slice(start, end);
    if (process.env.UPDATE_DOCS && shown !== diagram) {
      fs.writeFileSync(readmePath, readme.slice(0, start) + diagram + readme.slice(end));
      return;
    }
    expect(shown).toBe(diagram);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});
