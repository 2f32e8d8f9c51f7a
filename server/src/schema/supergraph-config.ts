import fs from "node:fs";
import path from "node:path";
import type { SubgraphName } from "../shared/environment";
import { SCHEMA_DIR } from "./paths";

/**
 * Routing URLs of the subgraphs from schema/supergraph.yaml (the same file any Federation 2 router
 * reads). The gateway replaces them at run time with the ports of the running subgraphs.
 */
export function routingUrls(): Record<SubgraphName, string> {
  const text = fs.readFileSync(path.join(SCHEMA_DIR, "supergraph.yaml"), "utf8");
  const urls: Partial<Record<SubgraphName, string>> = {};
  let current: SubgraphName | undefined;
  for (const line of text.split("\n")) {
    const name = /^ {2}(\w+):\s*$/.exec(line)?.[1];
    if (name) current = name as SubgraphName;
    const url = /^\s+routing_url:\s*(\S+)/.exec(line)?.[1];
    if (url && current) urls[current] = url;
  }
  return urls as Record<SubgraphName, string>;
}
