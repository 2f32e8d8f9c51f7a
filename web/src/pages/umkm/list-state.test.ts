import { describe, expect, it } from "vitest";
import { umkmFilterOf, umkmListFromParams, umkmListToParams } from "./list-state";

describe("the UMKM registry view in the URL", () => {
  it("reads every filter and the order, and writes them back the same", () => {
    const query =
      "cari=warung&kecamatan=21.71.10&sektor=Kuliner&kelas=MIKRO&tahap=P3&pkl=tidak&urut=bergabung&arah=turun";
    const state = umkmListFromParams(new URLSearchParams(query));
    expect(state).toEqual({
      filter: {
        search: "warung",
        regionCode: undefined,
        kecamatanCode: "21.71.10",
        sector: "Kuliner",
        umkmClass: "MIKRO",
        stage: "P3",
        streetVendor: false,
      },
      sortKey: "JOINED_ON",
      reverse: true,
    });
    expect(umkmListToParams(state).toString()).toBe(query);
    expect(umkmFilterOf(state)).toEqual({
      search: "warung",
      kecamatanCode: "21.71.10",
      sector: "Kuliner",
      umkmClass: "MIKRO",
      stage: "P3",
      streetVendor: false,
    });
  });

  it("drops values the API would refuse", () => {
    const state = umkmListFromParams(new URLSearchParams("kelas=RAKSASA&tahap=P9&pkl=mungkin&urut=acak"));
    expect(umkmFilterOf(state)).toEqual({});
    expect(state.sortKey).toBe("BUSINESS_NAME");
  });
});
