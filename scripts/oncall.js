#!/usr/bin/env node
// `npm run oncall -- [options] [outdir]`: synthesizes the app and prints who is on call, day by day,
// in every schedule it declares, and who each escalation policy pages first at each hand-over.
"use strict";
const fs = require("fs");
const path = require("path");
const { parseArgs } = require("util");
const { synthesize, library, ROOT } = require("./synthesized-app");

const USAGE = `usage: npm run oncall -- [--from YYYY-MM-DD] [--days N] [--format md|ics|json] [--out DIR] [--no-synth] [outdir]

Who is on call in every schedule the app declares (example app, the config named by
ILERT_DATADOG_CONFIG, or the stacks synthesized into outdir, default cdktf.out), computed from the
declared rotations; overrides made in iLert are not included (see docs/on-call-calendar.md).

  --from YYYY-MM-DD   first day, in each schedule's time zone (default: today, UTC)
  --days N            number of days (default 28)
  --format md|ics|json
                      md: a Markdown table per schedule and policy (default)
                      ics: one iCalendar file per schedule, written to --out (default <outdir>/oncall)
                      json: the shifts and first responders as JSON
  --out DIR           write md (oncall.md) or json (oncall.json) to DIR instead of printing it
  --no-synth          read outdir as it is (already synthesized) instead of synthesizing the app
  --help              this text
`;

function usageError(message) {
  process.stderr.write(`scripts/oncall.js: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: "string" },
      days: { type: "string", default: "28" },
      format: { type: "string", default: "md" },
      out: { type: "string" },
      "no-synth": { type: "boolean" },
      help: { type: "boolean" },
    },
  });
} catch (e) {
  usageError(e.message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (positionals.length > 1) usageError("at most one outdir");
if (!["md", "ics", "json"].includes(values.format)) usageError(`--format must be md, ics or json, not ${JSON.stringify(values.format)}`);
if (!/^\d+$/.test(values.days)) usageError(`--days must be a whole number, not ${JSON.stringify(values.days)}`);

const outdir = path.resolve(ROOT, positionals[0] ?? JSON.parse(fs.readFileSync(path.join(ROOT, "cdktf.json"), "utf8")).output);
if (!values["no-synth"]) synthesize(outdir);
const { onCallCalendar, onCallIcs, onCallMarkdown, readDeclaredOnCall, readSynthesizedStacks } = library();

let calendar;
try {
  const window = { from: values.from ?? new Date().toISOString().slice(0, 10), days: Number(values.days) };
  calendar = onCallCalendar(readDeclaredOnCall(readSynthesizedStacks(outdir)), window);
} catch (e) {
  usageError(e.message);
}

function write(dir, file, content) {
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, file);
  fs.writeFileSync(target, content);
  return target;
}

if (values.format === "ics") {
  const dir = path.resolve(values.out ?? path.join(outdir, "oncall"));
  const stamp = new Date();
  for (const schedule of calendar.schedules) {
    const name = schedule.icsFile;
    if (schedule.error !== undefined) {
      process.stderr.write(`skipped ${schedule.schedule.name}: ${schedule.error}\n`);
      continue;
    }
    const file = write(dir, name, onCallIcs(schedule, stamp));
    process.stdout.write(`${path.relative(process.cwd(), file)}: ${schedule.shifts.length} shifts of ${schedule.schedule.name}\n`);
  }
} else {
  const [file, content] =
    values.format === "json" ? ["oncall.json", `${JSON.stringify(calendar, null, 2)}\n`] : ["oncall.md", onCallMarkdown(calendar)];
  if (values.out === undefined) process.stdout.write(content);
  else process.stdout.write(`${path.relative(process.cwd(), write(path.resolve(values.out), file, content))}\n`);
}
