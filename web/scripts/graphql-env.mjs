// Generates src/graphql/graphql-env.d.ts (the operation types' view of schema/supergraph.graphql), or with
// --check fails when the committed file differs from what the schema gives.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const webDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const target = path.join(webDir, "src/graphql/graphql-env.d.ts");
const check = process.argv.includes("--check");
const output = check ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "graphql-env-")), "graphql-env.d.ts") : target;

execFileSync(
  process.execPath,
  [path.join(webDir, "node_modules/gql.tada/bin/cli.js"), "generate", "output", "--output", output],
  {
    cwd: webDir,
    stdio: ["ignore", "ignore", "inherit"],
  },
);

if (check) {
  const same = fs.existsSync(target) && fs.readFileSync(target, "utf8") === fs.readFileSync(output, "utf8");
  fs.rmSync(path.dirname(output), { recursive: true, force: true });
  if (!same) {
    process.stderr.write(
      "web/src/graphql/graphql-env.d.ts differs from schema/supergraph.graphql; run `pnpm compose`\n",
    );
    process.exit(1);
  }
  process.stdout.write("Operation types up to date.\n");
} else {
  process.stdout.write(`Operation types written to ${path.relative(process.cwd(), target)}\n`);
}
