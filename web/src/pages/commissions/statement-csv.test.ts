import { describe, expect, it } from "vitest";
import { toCsv } from "../../lib/csv";
import { statementCsv } from "./statement-csv";

describe("the commission CSV export", () => {
  it("writes a header and one line per statement with whole rupiah", () => {
    const rows = statementCsv([
      {
        month: "2026-09",
        agent: { agentNumber: "AP-2171-00001", name: "Siti, Nur" },
        office: { name: "Kantor Perisai OK OCE Progresif Batam" },
        contributionsCount: 12,
        contributionsTotal: 201_600,
        incentive: 15_120,
        newParticipantsCount: 50,
        bonus: 500_000,
        total: 515_120,
        agentShare: 463_608,
        officeShare: 51_512,
      },
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0][0]).toBe("month");
    expect(toCsv(rows).split("\r\n")[1]).toBe(
      '2026-09,AP-2171-00001,"Siti, Nur",Kantor Perisai OK OCE Progresif Batam,12,201600,15120,50,500000,515120,463608,51512',
    );
  });
});
