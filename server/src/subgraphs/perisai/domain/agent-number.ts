/**
 * Agent numbers: "AP-<regency digits>-<serial>", e.g. "AP-2171-00001" for the first agent of an office in
 * Kota Batam (21.71). The regency digits come from the office's region at appointment and the number never
 * changes afterwards, even when the agent moves to another office. An office whose region is a province
 * uses the province digits followed by "00", a regency number Kemendagri never assigns.
 */
export const AGENT_SERIAL_DIGITS = 5;
export const MAX_AGENT_SERIAL = 10 ** AGENT_SERIAL_DIGITS - 1;

const AGENT_NUMBER = /^AP-(\d{4})-(\d{5})$/;

export function agentNumberPrefix(regionCode: string): string {
  const [province, regency = "00"] = regionCode.split(".");
  return `AP-${province}${regency}-`;
}

export function formatAgentNumber(regionCode: string, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_AGENT_SERIAL) {
    throw new RangeError(`An agent serial runs from 1 to ${MAX_AGENT_SERIAL}`);
  }
  return `${agentNumberPrefix(regionCode)}${String(serial).padStart(AGENT_SERIAL_DIGITS, "0")}`;
}

export function isAgentNumber(text: string): boolean {
  return AGENT_NUMBER.test(text);
}
