import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import fs from "node:fs";
import path from "node:path";
import { SUBGRAPHS } from "../shared/environment";

const SUBGRAPHS_DIR = path.resolve(__dirname, "../subgraphs");

/** The example operations of every subgraph, one playground tab each. */
export function exampleTabs(): { query: string; variables?: string }[] {
  return SUBGRAPHS.flatMap((name) => {
    const file = path.join(SUBGRAPHS_DIR, name, "examples.graphql");
    return fs.existsSync(file) ? [{ query: fs.readFileSync(file, "utf8") }] : [];
  });
}

let cached: string | undefined;

/**
 * GraphiQL from the npm package @graphql-yoga/render-graphiql: the page carries its own scripts, styles and
 * workers, so the playground works with no network beyond this server.
 */
export function playgroundHtml(): string {
  if (!cached) {
    const tabs = exampleTabs();
    cached = renderGraphiQL({
      title: "Perisai Network GraphQL",
      endpoint: "/graphql",
      defaultQuery: tabs[0]?.query ?? "{ __typename }",
      defaultTabs: tabs,
    } as Parameters<typeof renderGraphiQL>[0]);
  }
  return cached;
}
