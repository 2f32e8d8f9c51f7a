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
 * The web app opens /graphql#token=… for a signed-in user: this script moves the token into the playground's
 * Authorization header and drops it from the address bar. A fragment never reaches a server or its logs.
 */
const TOKEN_FROM_FRAGMENT = `function perisaiPlaygroundOptions(options) {
  var match = /[#&]token=([^&]+)/.exec(window.location.hash);
  if (!match) return options;
  history.replaceState(null, "", window.location.pathname + window.location.search);
  var headers = JSON.stringify({ authorization: "Bearer " + decodeURIComponent(match[1]) }, null, 2);
  return Object.assign({}, options, { headers: headers });
}`;

/** Wraps the options GraphiQL is rendered with so the token in the fragment becomes a header. */
function withTokenFromFragment(html: string, options: object): string {
  const literal = JSON.stringify(options);
  const at = html.lastIndexOf(literal);
  if (at < 0) throw new Error("GraphiQL page changed shape: options not found");
  const call = html.lastIndexOf("YogaGraphiQL.renderYogaGraphiQL(", at);
  return (
    html.slice(0, call) +
    `${TOKEN_FROM_FRAGMENT}\n` +
    html.slice(call, at) +
    `perisaiPlaygroundOptions(${literal})` +
    html.slice(at + literal.length)
  );
}

/**
 * GraphiQL from the npm package @graphql-yoga/render-graphiql: the page carries its own scripts, styles and
 * workers, so the playground works with no network beyond this server.
 */
export function playgroundHtml(): string {
  if (!cached) {
    const tabs = exampleTabs();
    const options = {
      title: "Perisai Network GraphQL",
      endpoint: "/graphql",
      defaultQuery: tabs[0]?.query ?? "{ __typename }",
      defaultTabs: tabs,
    };
    cached = withTokenFromFragment(renderGraphiQL(options as Parameters<typeof renderGraphiQL>[0]), options);
  }
  return cached;
}
