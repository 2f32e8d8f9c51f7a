import fs from "node:fs";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { jakartaToday } from "../../src/shared/calendar";
import { addMonthsTo, applyBasisPoints } from "../../src/subgraphs/coverage/commissions/commission-rules";
import { browserAvailable, useBrowserStack } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/stack";

/**
 * Four months back: a month that has ended and that the gateway commission test (which closes the last two
 * months, and counts late payments from the month before them) leaves alone, whichever file runs first.
 */
const MONTH = addMonthsTo(jakartaToday().slice(0, 7), -4);
const MONTH_NAME = new Intl.DateTimeFormat("id-ID", { month: "long", year: "numeric", timeZone: "UTC" }).format(
  new Date(`${MONTH}-01T00:00:00Z`),
);

const rupiah = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

describe.skipIf(!browserAvailable)("commission statements in the web app", () => {
  const browser = useBrowserStack();
  let page: Page;

  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(() => browser.screenshot(page, `gagal-${task.name.slice(0, 40).replaceAll(" ", "-")}`));
  });

  /** The API itself, with the token of the user signed in on the page. */
  async function api<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem("perisai.session")!).token as string);
    const response = await fetch(browser.url("/graphql"), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  async function exportCsv(): Promise<string[][]> {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ekspor CSV" }).click(),
    ]);
    const text = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    // No field of these rows holds a comma except quoted names, which the columns used here come before or after.
    return text
      .trim()
      .split("\r\n")
      .map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((field) => field.replace(/,$/, "")));
  }

  const figure = (label: string) => page.locator(".figure").filter({ hasText: label }).locator("dd").textContent();

  it("lets the Batam office admin close a past month and trace the office's commission to its agents", async () => {
    page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.batamAdmin);
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Komisi" }).click();
    await page.getByRole("heading", { level: 1, name: "Komisi" }).waitFor();

    await page.getByLabel("Bulan", { exact: true }).selectOption({ label: MONTH_NAME });
    await page.waitForURL(new RegExp(`bulan=${MONTH}`));
    await page.getByText("Bulan ini belum ditutup untuk kantor ini").waitFor();

    // Close it, through the confirm dialog that says what closing means.
    await page.getByRole("button", { name: "Tutup bulan" }).click();
    const dialog = page.getByRole("dialog", { name: `Tutup bulan ${MONTH_NAME}?` });
    expect(await dialog.textContent()).toContain("dibekukan");
    expect(await dialog.textContent()).toContain("bulan terbuka berikutnya");
    await dialog.getByRole("button", { name: "Ya, tutup bulan" }).click();
    const announced = await page.getByText(`${MONTH_NAME} ditutup:`).textContent();
    expect(announced).toMatch(/\d+ kantor, \d+ pernyataan agen/);

    // The headline figures are the API's office statement (this office alone, as its table lists it).
    const { me } = await api(`{ me { office { id } } }`);
    const officeId: string = me.office.id;
    const { officeCommissionStatement: office } = await api(
      `query ($office: ID!, $month: Month!) {
        officeCommissionStatement(officeId: $office, month: $month, includeSubOffices: false) {
          closed agentCount contributionsTotal incentive bonus total agentShare officeShare
        }
      }`,
      { office: officeId, month: MONTH },
    );
    expect(office.closed).toBe(true);
    await page.locator(".figure").first().waitFor();
    expect(rupiah(await figure("Iuran dibayar"))).toBe(office.contributionsTotal);
    expect(rupiah(await figure("Insentif"))).toBe(office.incentive);
    expect(rupiah(await figure("Total komisi"))).toBe(office.total);
    expect(rupiah(await figure("Bagian agen"))).toBe(office.agentShare);
    expect(rupiah(await figure("Bagian kantor"))).toBe(office.officeShare);
    expect(office.agentShare + office.officeShare).toBe(office.total);

    const found = await page.getByText(/pernyataan agen$/).textContent();
    const count = Number(found!.replace(/\D/g, ""));
    expect(count).toBe(office.agentCount);
    expect(count).toBeGreaterThan(0);
    // The rows on screen are the API's statements, biggest total first (cells after the agent: contributions,
    // incentive, new participants, bonus, total).
    const table = page.getByRole("table", { name: "Pernyataan komisi agen" });
    const firstRowTotal = rupiah(await table.getByRole("row").nth(1).getByRole("cell").nth(4).textContent());
    const { commissionStatements } = await api(
      `query ($office: ID!, $month: Month!) {
        commissionStatements(filter: { officeId: $office, month: $month }, sortKey: TOTAL, reverse: true, first: 1) {
          totalCount nodes { total }
        }
      }`,
      { office: officeId, month: MONTH },
    );
    expect(commissionStatements.totalCount).toBe(count);
    expect(firstRowTotal).toBe(commissionStatements.nodes[0].total);
    await browser.screenshot(page, "komisi");

    // Every statement, exported: one line each; the office total is the sum of the agents' totals, and each
    // incentive is 7.5 % of the agent's contributions, rounded as the API rounds (half a rupiah up).
    const [header, ...lines] = await exportCsv();
    expect(lines).toHaveLength(count);
    const column = (name: string) => header.indexOf(name);
    const sum = (name: string) => lines.reduce((total, line) => total + Number(line[column(name)]), 0);
    expect(sum("total")).toBe(office.total);
    expect(sum("contributions_total")).toBe(office.contributionsTotal);
    expect(sum("incentive")).toBe(office.incentive);
    for (const line of lines) {
      expect(Number(line[column("incentive")])).toBe(
        applyBasisPoints(Number(line[column("contributions_total")]), 750),
      );
      expect(Number(line[column("total")])).toBe(Number(line[column("incentive")]) + Number(line[column("bonus")]));
    }
    expect(Math.abs(office.incentive - office.contributionsTotal * 0.075)).toBeLessThanOrEqual(lines.length * 0.5);
    await page.getByText(`${count} baris diekspor dalam`).waitFor();

    // Closing again is harmless and says so.
    await page.getByRole("button", { name: "Tutup bulan" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Ya, tutup bulan" }).click();
    await page.getByText(`${MONTH_NAME} sudah ditutup sebelumnya`).waitFor();
    expect(rupiah(await figure("Total komisi"))).toBe(office.total);

    // One agent's statement, worked out, with the contributions it counted.
    const firstDetail = table.getByRole("link", { name: /^Rincian / }).first();
    await firstDetail.click();
    await page.waitForURL(/\/komisi\/pernyataan\//);
    await page.getByRole("heading", { level: 1, name: /^Rincian komisi AP-/ }).waitFor();
    const agentNumber = (await page.getByRole("heading", { level: 1 }).textContent())!.match(/AP-\d{4}-\d{5}/)![0];
    const { agents } = await api(`query ($n: String!) { agents(filter: { search: $n }, first: 1) { nodes { id } } }`, {
      n: agentNumber,
    });
    const { commissionStatements: own } = await api(
      `query ($agent: ID!, $month: Month!, $office: ID!) {
        commissionStatements(filter: { agentId: $agent, month: $month, officeId: $office }) {
          nodes { contributionsCount contributionsTotal incentive bonus total agentShare }
        }
      }`,
      { agent: agents.nodes[0].id, month: MONTH, office: officeId },
    );
    const statement = own.nodes[0];
    const calculation = page.getByRole("table", { name: "Perhitungan" });
    expect(
      rupiah(
        await calculation
          .getByRole("row", { name: /Iuran dibayar/ })
          .getByRole("cell")
          .textContent(),
      ),
    ).toBe(statement.contributionsTotal);
    expect(
      rupiah(
        await calculation
          .getByRole("row", { name: /tarif insentif 7,5%/ })
          .getByRole("cell")
          .textContent(),
      ),
    ).toBe(statement.incentive);
    expect(
      rupiah(
        await calculation
          .getByRole("row", { name: /total komisi/ })
          .getByRole("cell")
          .textContent(),
      ),
    ).toBe(statement.total);
    await page.getByText("berlaku sejak 1 Jul 2020").waitFor();
    await page.getByText(`${statement.contributionsCount} iuran`, { exact: true }).waitFor();
    const lineTable = page.getByRole("table", { name: "Iuran yang dihitung" });
    if (statement.contributionsCount > 0) {
      const participantLink = lineTable.getByRole("row").nth(1).getByRole("link");
      expect(await participantLink.getAttribute("href")).toMatch(/^\/peserta\//);
      // The virtualized table tells assistive technology how many lines there are in all (plus the header).
      expect(await lineTable.getAttribute("aria-rowcount")).toBe(String(statement.contributionsCount + 1));
    }
    await browser.screenshot(page, "komisi-rincian");

    // The same statement in English: months, rupiah and the steps in the other language.
    await page.getByRole("combobox", { name: "Bahasa" }).selectOption("en");
    await page.getByRole("heading", { level: 1, name: /^Commission of AP-/ }).waitFor();
    await page.getByText("in force since Jul 1, 2020").waitFor();
    const calculationEn = page.getByRole("table", { name: "Calculation" });
    expect(
      await calculationEn
        .getByRole("row", { name: /total commission/ })
        .getByRole("cell")
        .textContent(),
    ).toBe(`Rp${statement.total.toLocaleString("en-US")}`);
    await browser.screenshot(page, "komisi-rincian-en");
    await page.getByRole("combobox", { name: "Language" }).selectOption("id");
  });

  it("shows an agent only their own statements", async () => {
    page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.batamAgent);
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Komisi" }).click();
    await page.getByRole("heading", { level: 1, name: "Komisi saya" }).waitFor();
    const found = await page.getByText(/pernyataan komisi$/).textContent();
    const count = Number(found!.replace(/\D/g, ""));
    expect(count).toBeGreaterThanOrEqual(1);
    // Nobody chooses an office or closes a month here.
    expect(await page.getByLabel("Kantor Perisai", { exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Tutup bulan" }).count()).toBe(0);

    const { me, commissionStatements } = await api(
      `{ me { agent { id agentNumber } } commissionStatements(first: 100) { totalCount nodes { agent { id } } } }`,
    );
    expect(commissionStatements.totalCount).toBe(count);
    for (const statement of commissionStatements.nodes) expect(statement.agent.id).toBe(me.agent.id);
    const [header, ...lines] = await exportCsv();
    expect(lines).toHaveLength(count);
    for (const line of lines) expect(line[header.indexOf("agent_number")]).toBe(me.agent.agentNumber);
    await page
      .getByRole("cell", { name: MONTH_NAME })
      .or(page.getByRole("rowheader", { name: MONTH_NAME }))
      .first()
      .waitFor();
    await browser.screenshot(page, "komisi-agen");
  });
});
