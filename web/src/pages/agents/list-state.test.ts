import { describe, expect, it } from "vitest";
import { agentFilterOf, agentListFromParams, agentListToParams } from "./list-state";

describe("the agents list in the URL", () => {
  it("reads the filter and order a shared link carries", () => {
    const state = agentListFromParams(
      new URLSearchParams("cari=%20wati%20&status=SUSPENDED&kantor=T2ZmaWNl&wilayah=21.71&urut=diangkat&arah=turun"),
    );
    expect(state).toEqual({
      filter: { search: "wati", status: "SUSPENDED", officeId: "T2ZmaWNl", regionCode: "21.71" },
      sortKey: "APPOINTED_ON",
      reverse: true,
    });
  });

  it("ignores an unknown status or order and writes back only what differs from the default", () => {
    const state = agentListFromParams(new URLSearchParams("status=ASLEEP&urut=umur&wilayah=21.71"));
    expect(state.filter.status).toBeUndefined();
    expect(state.sortKey).toBe("AGENT_NUMBER");
    expect(agentFilterOf(state)).toEqual({ regionCode: "21.71" });
    expect(agentListToParams(state).toString()).toBe("wilayah=21.71");
    expect(agentListToParams({ ...state, sortKey: "NAME", reverse: true }).toString()).toBe(
      "wilayah=21.71&urut=nama&arah=turun",
    );
  });
});
