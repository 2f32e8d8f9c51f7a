import { describe, expect, it } from "vitest";
import { compact, mouListFromParams, mouListToParams, officeListFromParams, officeListToParams } from "./url-state";

describe("the Kantor Perisai list in the URL", () => {
  it("reads every filter and the order from the parameters", () => {
    const state = officeListFromParams(
      new URLSearchParams(
        "cari=batam&wilayah=21.71&perintis=tidak&induk=UE86Mg&status=ACTIVE&cabang=Qk86MQ&urut=didirikan&arah=turun",
      ),
    );
    expect(state).toEqual({
      filter: {
        search: "batam",
        regionCode: "21.71",
        pioneer: false,
        parentId: "UE86Mg",
        status: "ACTIVE",
        supervisingBranchId: "Qk86MQ",
      },
      sortKey: "ESTABLISHED_ON",
      reverse: true,
    });
  });

  it("writes back the same link, leaving defaults out", () => {
    const link = "wilayah=21.71&perintis=ya&urut=dicatat&arah=turun";
    expect(officeListToParams(officeListFromParams(new URLSearchParams(link))).toString()).toBe(link);
    expect(officeListToParams({ filter: {}, sortKey: "NAME", reverse: false }).toString()).toBe("");
  });

  it("ignores values the API would refuse", () => {
    const state = officeListFromParams(new URLSearchParams("status=OPEN&urut=gaji&perintis=mungkin"));
    expect(state.filter.status).toBeUndefined();
    expect(state.filter.pioneer).toBeUndefined();
    expect(state.sortKey).toBe("NAME");
  });
});

describe("the MoU list in the URL", () => {
  it("round-trips filter and order and drops a malformed date", () => {
    const link = "cari=batam&berlaku=2020-07-09&urut=nomor&arah=turun";
    const state = mouListFromParams(new URLSearchParams(link));
    expect(state).toMatchObject({
      filter: { search: "batam", activeOn: "2020-07-09" },
      sortKey: "NUMBER",
      reverse: true,
    });
    expect(mouListToParams(state).toString()).toBe(link);
    expect(mouListFromParams(new URLSearchParams("berlaku=kemarin")).filter.activeOn).toBeUndefined();
  });
});

describe("compact", () => {
  it("keeps false (pioneer: no) but drops empty conditions", () => {
    expect(compact({ pioneer: false, search: "", regionCode: undefined, status: "ACTIVE" })).toEqual({
      pioneer: false,
      status: "ACTIVE",
    });
  });
});
