import { describe, expect, it } from "vitest";
import { fieldsFilledBy, FieldsUnavailableError } from "./partial-data";

describe("the fields a failed subgraph fetch would have filled", () => {
  it("are the root fields of a root fetch, by their response names", () => {
    const query = `query Q__okoce__0 { umkms(first: 5) { totalCount } batam: region(code: "21.71") { __typename umkmCount } }`;
    expect(fieldsFilledBy(query)).toEqual([["umkms"], ["batam"]]);
  });

  it("are the fields of the entities of an entity fetch, under the path the plan merges them at", () => {
    const query = `query Q__coverage__1($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Region { __typename coverage { enrolled } }
        ... on Agent { ...AgentFigures }
      }
    }
    fragment AgentFigures on Agent { figures: coverage { enrolled } }`;
    expect(fieldsFilledBy(query, ["regions", "nodes", "@"])).toEqual([
      ["regions", "nodes", "@", "coverage"],
      ["regions", "nodes", "@", "figures"],
    ]);
  });
});

describe("an unavailable subgraph's error", () => {
  it("names the field path of an object the rest of the data still has", () => {
    const error = new FieldsUnavailableError([["region", "coverage"]]);
    expect(error.errorsIn({ region: { name: "Kota Batam", coverage: null } })).toEqual([
      {
        message: "Data for region.coverage is unavailable right now; try again later",
        path: ["region", "coverage"],
        extensions: { code: "SERVICE_UNAVAILABLE" },
      },
    ]);
  });

  it("gives one error per list item left without the field, like its own resolver would", () => {
    const error = new FieldsUnavailableError([["regions", "nodes", "@", "coverage"]]);
    const data = {
      regions: {
        nodes: [
          { name: "Batam Kota", coverage: null },
          { name: "Lubuk Baja", coverage: null },
        ],
      },
    };
    expect(error.errorsIn(data).map((entry) => entry.path)).toEqual([
      ["regions", "nodes", 0, "coverage"],
      ["regions", "nodes", 1, "coverage"],
    ]);
  });

  it("skips fields the query did not ask for (a key or a required field fetched for another subgraph)", () => {
    const error = new FieldsUnavailableError([
      ["region", "umkmCount"],
      ["region", "coverage"],
    ]);
    expect(error.errorsIn({ region: { coverage: null } }).map((entry) => entry.path)).toEqual([["region", "coverage"]]);
  });

  it("names a root field whose null took the whole data along", () => {
    const error = new FieldsUnavailableError([["umkms"]]);
    expect(error.errorsIn(null)).toEqual([
      {
        message: "Data for umkms is unavailable right now; try again later",
        path: ["umkms"],
        extensions: { code: "SERVICE_UNAVAILABLE" },
      },
    ]);
  });

  it("names the fields without a path when their list is gone, and never the subgraph", () => {
    const error = new FieldsUnavailableError([["agents", "nodes", "@", "coverage"]]);
    const [only] = error.errorsIn({ agents: null });
    expect(only).toEqual({
      message: "Data for agents.nodes.coverage is unavailable right now; try again later",
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  });
});
