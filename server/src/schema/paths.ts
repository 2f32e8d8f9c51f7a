import path from "node:path";

/** schema/ at the top of the repository: printed subgraph SDL and the composed supergraph. */
export const SCHEMA_DIR = path.resolve(__dirname, "../../../schema");

export const SDL_HEADER =
  "# DO NOT EDIT. Printed from the type-graphql code by `pnpm compose`; `pnpm check` fails when it drifts.\n\n";

export function subgraphSdlPath(name: string): string {
  return path.join(SCHEMA_DIR, `${name}.graphql`);
}

export const SUPERGRAPH_PATH = path.join(SCHEMA_DIR, "supergraph.graphql");
