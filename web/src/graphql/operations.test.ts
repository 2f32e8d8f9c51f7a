import fs from "node:fs";
import path from "node:path";
import { buildSchema, Kind, NoUnusedFragmentsRule, print, specifiedRules, validate, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, "../../../schema/supergraph.graphql"), "utf8"));

// Every operation module of the app, loaded as the app loads it (documents are parsed when the module runs).
const modules = import.meta.glob<Record<string, unknown>>("../**/*.graphql.ts", { eager: true });

function documentsOf(module: Record<string, unknown>): [string, DocumentNode][] {
  return Object.entries(module).filter(
    (entry): entry is [string, DocumentNode] =>
      typeof entry[1] === "object" && entry[1] !== null && (entry[1] as DocumentNode).kind === Kind.DOCUMENT,
  );
}

describe("the web app's GraphQL operations", () => {
  const documents = Object.entries(modules).flatMap(([file, module]) =>
    documentsOf(module).map(([name, document]) => ({ file, name, document })),
  );

  it("are found", () => {
    expect(documents.length).toBeGreaterThan(5);
  });

  it.each(documents.map((entry) => [`${entry.file} ${entry.name}`, entry] as const))(
    "%s is valid against the supergraph and named after its export",
    (_, { name, document }) => {
      // A fragment's own document is used by the operations that spread it.
      const fragmentOnly = document.definitions.every((node) => node.kind === Kind.FRAGMENT_DEFINITION);
      const rules = fragmentOnly ? specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule) : specifiedRules;
      expect(validate(schema, document, rules).map((error) => error.message)).toEqual([]);
      const definition = document.definitions.find(
        (node) => node.kind === Kind.OPERATION_DEFINITION || node.kind === Kind.FRAGMENT_DEFINITION,
      );
      expect(definition && "name" in definition ? definition.name?.value : undefined).toBe(name);
      expect(print(document)).toContain(name);
    },
  );
});
