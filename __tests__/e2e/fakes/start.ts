// `npm run fakes [-- --seed users-and-teams.json]`: the local iLert and Datadog fakes as a sandbox.
// Prints the environment to export, then logs every request until stopped (Ctrl-C), so that
// `cdktf deploy` of any app can be tried against them before touching real accounts.
import * as path from "path";
import { startFakes } from "./fakes";
import { readSeed } from "./ilert/ilert-fake";

const USAGE = "usage: npm run fakes [-- --seed file.json]   (default seed: __tests__/e2e/fakes/seed.json)";

async function main(args: string[]): Promise<void> {
  let seedFile = path.join(__dirname, "seed.json");
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--help" || args[i] === "-h") {
      console.log(USAGE);
      return;
    } else if (args[i] === "--seed" && i + 1 < args.length) {
      seedFile = path.resolve(args[++i]);
    } else {
      console.error(`fakes: unexpected argument "${args[i]}"\n${USAGE}`);
      process.exit(2);
    }
  }
  const fakes = await startFakes(readSeed(seedFile), (line) => console.log(line));
  console.log(`iLert fake on ${fakes.ilertServer.url}, Datadog fake on ${fakes.datadogServer.url}; seed: ${seedFile}`);
  console.log("Export this, then run `npx cdktf deploy <stack> --skip-provider-lock` (providers from your mirror):");
  console.log(
    `export ${Object.entries(fakes.env)
      .map(([k, v]) => `${k}=${v}`)
      .join(" ")}`,
  );
  console.log("Nothing is kept after Ctrl-C.");
  process.on("SIGINT", () => void fakes.close().then(() => process.exit(0)));
}

main(process.argv.slice(2)).catch((e: Error) => {
  console.error(`fakes: ${e.message}`);
  process.exit(1);
});
