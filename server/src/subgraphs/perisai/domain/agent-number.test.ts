import { describe, expect, it } from "vitest";
import { MAX_AGENT_SERIAL, agentNumberPrefix, formatAgentNumber, isAgentNumber } from "./agent-number";

describe("agent numbers", () => {
  it("use the regency digits of the office's region and a 5-digit serial", () => {
    expect(formatAgentNumber("21.71", 1)).toBe("AP-2171-00001");
    expect(formatAgentNumber("21.71.06", 12345)).toBe("AP-2171-12345");
  });

  it("use the province digits and 00 for an office at province level", () => {
    expect(agentNumberPrefix("21")).toBe("AP-2100-");
    expect(formatAgentNumber("31", 7)).toBe("AP-3100-00007");
  });

  it("refuse a serial that does not fit in five digits", () => {
    expect(() => formatAgentNumber("21.71", 0)).toThrow(RangeError);
    expect(() => formatAgentNumber("21.71", MAX_AGENT_SERIAL + 1)).toThrow(RangeError);
    expect(formatAgentNumber("21.71", MAX_AGENT_SERIAL)).toBe("AP-2171-99999");
  });

  it("recognise the format", () => {
    expect(isAgentNumber("AP-2171-00001")).toBe(true);
    expect(isAgentNumber("AP-2171-1")).toBe(false);
    expect(isAgentNumber("ap-2171-00001")).toBe(false);
  });
});
