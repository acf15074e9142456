/**
 * What Terraform makes of a JSON string value with no intended interpolation: `$${` -> `${`,
 * `%%{` -> `%{`, and any other `${` / `%{` starts a template (reported as an error here), following
 * HCL's template scanner. Used to prove user text reaches the provider exactly as written.
 */
export function terraformLiteral(value: string): string {
  let out = "";
  for (let i = 0; i < value.length;) {
    const c = value[i];
    if ((c === "$" || c === "%") && value[i + 1] === c && value[i + 2] === "{") {
      out += `${c}{`;
      i += 3;
    } else if ((c === "$" || c === "%") && value[i + 1] === "{") {
      throw new Error(`Terraform would read a template at ${i} in ${JSON.stringify(value)}`);
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** fast-check runs for property tests: FC_RUNS overrides the default (e.g. FC_RUNS=20000 npm test). */
export function fcRuns(defaultRuns: number): number {
  const fromEnv = Number(process.env.FC_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : defaultRuns;
}
