import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import fs from "node:fs";
import path from "node:path";
import { SUBGRAPHS } from "../shared/environment";

const SUBGRAPHS_DIR = path.resolve(__dirname, "../subgraphs");

/** Files of example operations: signing in first, then one per subgraph. */
export function exampleFiles(): string[] {
  return [
    path.join(__dirname, "sign-in.graphql"),
    ...SUBGRAPHS.map((name) => path.join(SUBGRAPHS_DIR, name, "examples.graphql")),
  ];
}

/** The example operations, one playground tab per file. */
export function exampleTabs(): { query: string; variables?: string }[] {
  return exampleFiles()
    .filter((file) => fs.existsSync(file))
    .map((file) => ({ query: fs.readFileSync(file, "utf8") }));
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
