import { describe, expect, it } from "vitest";
import { UserErrorCode } from "../../../shared/graphql/user-error";
import { AgentStatus } from "../entities/agent-status";
import { AgentAction, effectiveDateRefusal, nextStatuses, transition } from "./agent-lifecycle";

const { CANDIDATE, ACTIVE, SUSPENDED, TERMINATED } = AgentStatus;

describe("agent lifecycle", () => {
  it.each([
    [CANDIDATE, AgentAction.ACTIVATE, ACTIVE],
    [ACTIVE, AgentAction.SUSPEND, SUSPENDED],
    [SUSPENDED, AgentAction.ACTIVATE, ACTIVE],
    [CANDIDATE, AgentAction.TERMINATE, TERMINATED],
    [ACTIVE, AgentAction.TERMINATE, TERMINATED],
    [SUSPENDED, AgentAction.TERMINATE, TERMINATED],
  ])("%s --%s--> %s", (from, action, to) => {
    expect(transition(from, action, "Alasan tertulis")).toEqual({ ok: true, to, reason: "Alasan tertulis" });
  });

  it.each([
    [CANDIDATE, AgentAction.SUSPEND],
    [ACTIVE, AgentAction.ACTIVATE],
    [SUSPENDED, AgentAction.SUSPEND],
    [TERMINATED, AgentAction.ACTIVATE],
    [TERMINATED, AgentAction.SUSPEND],
    [TERMINATED, AgentAction.TERMINATE],
  ])("refuses %s --%s--> with INVALID_TRANSITION", (from, action) => {
    const result = transition(from, action, "Alasan");
    expect(result).toMatchObject({ ok: false, refusal: { field: "agentId", code: UserErrorCode.INVALID_TRANSITION } });
  });

  it("tells a terminated agent's admin to appoint the person again instead", () => {
    const result = transition(TERMINATED, AgentAction.ACTIVATE, null);
    expect(result.ok ? "" : result.refusal.message).toMatch(/appoint the person again/);
  });

  it("requires a reason to suspend or terminate, not to activate", () => {
    expect(transition(ACTIVE, AgentAction.SUSPEND, "  ")).toMatchObject({
      ok: false,
      refusal: { field: "reason", code: UserErrorCode.REQUIRED },
    });
    expect(transition(SUSPENDED, AgentAction.TERMINATE, undefined)).toMatchObject({
      ok: false,
      refusal: { field: "reason" },
    });
    expect(transition(SUSPENDED, AgentAction.ACTIVATE, undefined)).toEqual({ ok: true, to: ACTIVE, reason: null });
  });

  it("lists what each status can become; a terminated agent nothing", () => {
    expect(nextStatuses(CANDIDATE)).toEqual([ACTIVE, TERMINATED]);
    expect(nextStatuses(ACTIVE)).toEqual([SUSPENDED, TERMINATED]);
    expect(nextStatuses(TERMINATED)).toEqual([]);
  });
});

describe("effective dates", () => {
  it("accepts today and the day of the last change", () => {
    expect(effectiveDateRefusal("2024-05-10", "2024-05-10", "2024-05-10")).toBeNull();
  });

  it("refuses a date in the future or before the last change", () => {
    expect(effectiveDateRefusal("2024-05-11", "2024-05-10", null)).toMatchObject({ code: UserErrorCode.OUT_OF_RANGE });
    expect(effectiveDateRefusal("2024-05-01", "2024-05-10", "2024-05-02")?.message).toContain("2024-05-02");
  });
});
