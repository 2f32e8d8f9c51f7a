import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import fs from "node:fs";
import { parse } from "graphql";
import "reflect-metadata";
import { loadSubgraph } from "../runtime/subgraphs";
import { SUBGRAPHS } from "../shared/environment";
import { SCHEMA_DIR, SDL_HEADER, SUPERGRAPH_PATH, subgraphSdlPath } from "./paths";
import { routingUrls } from "./supergraph-config";

export interface ComposedSchema {
  subgraphs: { name: string; sdl: string }[];
  supergraph: string;
}

/** Prints every subgraph's SDL from code and composes the Federation 2 supergraph. */
export async function composeFromCode(): Promise<ComposedSchema> {
  const urls = routingUrls();
  const subgraphs = [];
  for (const name of SUBGRAPHS) {
    const module = await loadSubgraph(name);
    subgraphs.push({ name, url: urls[name], sdl: printSubgraphSchema(await module.buildSchema()) });
  }
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join("\n")}`);
  }
  return { subgraphs, supergraph: result.supergraphSdl };
}

function compareOrWrite(file: string, content: string, check: boolean, drifted: string[]): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
  if (current === content) return;
  if (check) drifted.push(file);
  else fs.writeFileSync(file, content);
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const composed = await composeFromCode();
  fs.mkdirSync(SCHEMA_DIR, { recursive: true });
  const drifted: string[] = [];
  for (const { name, sdl } of composed.subgraphs)
    compareOrWrite(subgraphSdlPath(name), `${SDL_HEADER}${sdl}\n`, check, drifted);
  compareOrWrite(SUPERGRAPH_PATH, `${SDL_HEADER}${composed.supergraph}\n`, check, drifted);
  if (drifted.length) {
    process.stderr.write(
      `Schema drift: these files differ from the code; run \`pnpm compose\`:\n  ${drifted.join("\n  ")}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(check ? "Schema up to date.\n" : `Schema written to ${SCHEMA_DIR}\n`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
