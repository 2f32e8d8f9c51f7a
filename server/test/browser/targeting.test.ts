import fs from "node:fs";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { browserAvailable, useBrowserStack } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/stack";

/** "81.486" → 81486 (Indonesian thousands separators). */
const numberOf = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

describe.skipIf(!browserAvailable)("coverage-gap targeting in the web app", () => {
  const browser = useBrowserStack();
  let page: Page;

  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(() => browser.screenshot(page, `gagal-celah-${task.name.slice(0, 40).replaceAll(" ", "-")}`));
  });

  const menuTargeting = () =>
    page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Celah", exact: true });
  const table = () => page.getByRole("table", { name: "Kecamatan menurut celah cakupan" });
  const rows = () => table().locator("tbody tr:not(.spacer)");
  /** The figures of one column, by its header, for every row on screen. */
  async function column(name: string): Promise<string[]> {
    const headers = (await table().locator("thead th").allTextContents()).map((text) =>
      text.replace(/[↕▲▼]/g, "").trim(),
    );
    const index = headers.indexOf(name);
    expect(index, `column ${name}`).toBeGreaterThanOrEqual(0);
    return rows()
      .locator(`> :nth-child(${index + 1})`)
      .allTextContents();
  }
  /** Clicks "Ekspor CSV" and returns the file's lines, the header first. */
  async function exportCsv(): Promise<string[][]> {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ekspor CSV" }).click(),
    ]);
    const text = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
    return text
      .trim()
      .split("\r\n")
      .map((line) => line.split(","));
  }
  /** Renames an agent and back through the API with the page's session, as a colleague would: a new version. */
  async function editElsewhere(agentId: string) {
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem("perisai.session")!).token as string);
    const send = async (query: string, variables: Record<string, unknown>) => {
      const response = await page.request.post(browser.url("/graphql"), {
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        data: { query, variables },
      });
      return (await response.json()).data;
    };
    const { agent } = await send("query ($id: ID!) { agent(id: $id) { name version } }", { id: agentId });
    const rename =
      "mutation ($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { version } userErrors { code } } }";
    const first = await send(rename, { input: { agentId, expectedVersion: agent.version, name: `${agent.name} Uji` } });
    await send(rename, { input: { agentId, expectedVersion: first.updateAgent.agent.version, name: agent.name } });
  }
  const summaryFigure = (label: string) =>
    page
      .getByRole("region", { name: /^Ringkasan/ })
      .locator(".figure", { hasText: label })
      .locator("dd");

  it("lets the national coordinator filter Kota Batam: 12 kecamatan whose UMKM sum to 81.486", async () => {
    page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.national);
    await menuTargeting().click();
    await page.getByRole("heading", { level: 1, name: "Peringkat celah cakupan" }).waitFor();
    await page.getByText(/^[\d.]+ kecamatan$/).waitFor();
    // Nationally, kecamatan with uncovered UMKM and no active agent rank first, marked as such.
    await rows().first().waitFor();
    expect(await rows().first().getByText("tanpa agen", { exact: true }).count()).toBe(1);
    await expect.poll(() => summaryFigure("UMKM terdaftar").textContent()).toMatch(/^\d{2,3}\.\d{3}$/);
    await browser.screenshot(page, "celah-nasional");

    await page.getByLabel("Provinsi", { exact: true }).selectOption("21");
    await page.waitForURL(/wilayah=21(&|$)/);
    await page.getByLabel("Kabupaten/Kota", { exact: true }).selectOption("21.71");
    await page.waitForURL(/wilayah=21\.71/);
    // A click, not check(): the box follows the URL, so it shows ticked only once the list's URL has changed.
    await page.getByLabel("Tampilkan juga kecamatan tanpa celah").click();
    await page.waitForURL(/wilayah=21\.71&semua=1/);

    await page.getByText("12 kecamatan", { exact: true }).waitFor();
    await page.getByRole("heading", { name: /^Ringkasan Kota Batam$/i }).waitFor();
    await expect.poll(() => summaryFigure("UMKM terdaftar").textContent()).toBe("81.486");
    // The rows add up to the summary, and every one is a Batam kecamatan.
    await expect.poll(async () => (await rows().count()) === 12).toBe(true);
    const registered = (await column("UMKM terdaftar")).map(numberOf);
    expect(registered.reduce((sum, value) => sum + value, 0)).toBe(81_486);
    const covered = (await column("Terlindungi")).map(numberOf).reduce((sum, value) => sum + value, 0);
    expect(numberOf(await summaryFigure("UMKM terlindungi").textContent())).toBe(covered);
    for (const area of await column("Kabupaten/Kota, Provinsi")) expect(area).toMatch(/batam/i);
    // The coordinator may assign agents.
    expect(
      await table()
        .getByRole("button", { name: /^Tugaskan agen ke / })
        .count(),
    ).toBe(12);
    await browser.screenshot(page, "celah");
    const csv = await exportCsv();
    expect(csv[0]).toContain("UMKM terdaftar");
    expect(csv.length - 1).toBe(12);
    const registeredAt = csv[0].indexOf("UMKM terdaftar");
    expect(csv.slice(1).reduce((sum, line) => sum + Number(line[registeredAt]), 0)).toBe(81_486);

    // A shared link reproduces the view.
    await page.goto(browser.url("/celah?wilayah=21.71&semua=1"));
    await page.getByText("12 kecamatan", { exact: true }).waitFor();
    expect(await page.getByLabel("Kabupaten/Kota", { exact: true }).inputValue()).toBe("21.71");
    expect(await page.getByLabel("Tampilkan juga kecamatan tanpa celah").isChecked()).toBe(true);

    // The prospect list of the Batam office, chosen from the offices.
    await page.getByRole("navigation", { name: "Penargetan" }).getByRole("link", { name: "Prospek" }).click();
    await page.getByRole("heading", { level: 1, name: "Daftar prospek" }).waitFor();
    await page.getByText("Pilih kantor atau agen untuk melihat prospeknya.").waitFor();
    await page
      .getByLabel("Kantor Perisai", { exact: true })
      .selectOption({ label: "Kantor Perisai OK OCE Progresif Batam" });
    await page.waitForURL(/kantor=/);
    const prospectCount = page.getByText(/^[\d.]+ prospek$/);
    await expect.poll(async () => numberOf(await prospectCount.textContent())).toBeGreaterThan(0);
    const inOffice = numberOf(await prospectCount.textContent());
    // One of its agents: their territory is part of the office's region, so fewer prospects.
    await page.getByLabel("Agen", { exact: true }).selectOption({ index: 1 });
    await page.waitForURL(/kantor=.+&agen=/);
    await page.getByText(/^Wilayah kerja .+:/).waitFor();
    await expect.poll(async () => numberOf(await prospectCount.textContent())).toBeLessThan(inOffice);
    await page.close();
  });

  it("lets the Batam office admin assign an agent to the top Batam kecamatan from its row", async () => {
    page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.batamAdmin);
    await page.goto(browser.url("/celah?wilayah=21.71"));
    await rows().first().waitFor();
    const kecamatan = (await rows().first().locator("th").textContent())!.trim();
    const agentsBefore = numberOf((await column("Agen aktif"))[0]);
    const open = page.getByRole("button", { name: `Tugaskan agen ke ${kecamatan}` });

    // The dialog is labelled, takes the focus and closes with Escape, giving the focus back.
    await open.click();
    const dialog = page.getByRole("dialog", { name: `Tugaskan agen ke ${kecamatan}` });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest("dialog") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);

    await open.click();
    await dialog.waitFor();
    await dialog.getByText(/^[\d.]+ agen aktif|^Menampilkan/).waitFor();
    // Confirming with no agent chosen says what is missing.
    await dialog.getByRole("button", { name: "Konfirmasi tugaskan" }).click();
    await dialog.getByText("Pilih agen terlebih dahulu.").waitFor();
    const choice = dialog.getByRole("radio", { disabled: false }).first();
    await choice.check();
    const chosenLabel = (await choice.locator("xpath=..").textContent())!;
    const agentNumber = chosenLabel.match(/AP-\d{4}-\d{5}/)![0];
    await browser.screenshot(page, "celah-tugaskan");

    // Someone else edits the agent meanwhile: the API refuses the stale version and the dialog says so.
    await editElsewhere(await choice.inputValue());
    await dialog.getByRole("button", { name: "Konfirmasi tugaskan" }).click();
    await dialog.getByText(/Data ini baru saja diubah orang lain/).waitFor();
    // The list was fetched again: confirming once more uses the agent's current version.
    await choice.check();
    await dialog.getByRole("button", { name: "Konfirmasi tugaskan" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText(new RegExp(`${agentNumber}\\) kini bekerja di ${kecamatan}`)).waitFor();

    // The row's active agents went up by one (the ranking may move it, so it is found by name).
    const row = rows().filter({ has: page.getByRole("rowheader", { name: kecamatan, exact: true }) });
    const agentsIndex = (await table().locator("thead th").allTextContents()).findIndex((text) =>
      text.startsWith("Agen aktif"),
    );
    await expect
      .poll(async () => numberOf(await row.locator(`> :nth-child(${agentsIndex + 1})`).textContent()))
      .toBe(agentsBefore + 1);

    // The agent now lists the kecamatan in their territory, next to the ones they had.
    await page.goto(browser.url(`/agen?cari=${agentNumber}`));
    await page.getByRole("link", { name: agentNumber }).click();
    await page.getByText(kecamatan).first().waitFor();
    await page.close();
  });

  it("shows agen.batam their own prospects, every one in their territory", async () => {
    page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.batamAgent);
    await menuTargeting().click();
    await page.waitForURL(/\/celah\/prospek$/);
    await page.getByRole("heading", { level: 1, name: "Daftar prospek" }).waitFor();
    // An agent has no ranking: no tabs to it.
    expect(await page.getByRole("navigation", { name: "Penargetan" }).count()).toBe(0);

    const count = page.getByText(/^[\d.]+ prospek$/);
    await count.waitFor();
    expect(numberOf(await count.textContent())).toBeGreaterThan(0);
    const territory = (await page.getByTestId("territory").textContent())!.split(", ");
    expect(territory.length).toBeGreaterThan(0);
    const prospects = page.getByRole("table", { name: "Pemilik UMKM yang belum menjadi peserta" });
    const kecamatanCells = await prospects.locator("tbody tr:not(.spacer) td:nth-of-type(4)").allTextContents();
    expect(kecamatanCells.length).toBeGreaterThan(0);
    for (const kecamatan of kecamatanCells) expect(territory).toContain(kecamatan);
    // Each business opens its UMKM page.
    expect(await prospects.locator("tbody th a[href^='/umkm/']").count()).toBe(kecamatanCells.length);
    await browser.screenshot(page, "prospek");
    // The export holds every prospect, not only the rows loaded so far.
    const csv = await exportCsv();
    expect(csv[0][0]).toBe("Usaha");
    expect(csv.length - 1).toBe(numberOf(await count.textContent()));
    await page.getByText(/baris diekspor/).waitFor();

    // "Daftarkan" opens the enrolment form with the UMKM chosen and its owner as the person.
    const firstOwner = (await prospects.locator("tbody tr:not(.spacer) td:nth-of-type(1)").first().textContent())!;
    await prospects
      .getByRole("link", { name: `Daftarkan ${firstOwner} sebagai peserta` })
      .first()
      .click();
    await page.waitForURL(/\/peserta\/baru\?umkm=/);
    await expect.poll(() => page.getByLabel("Nama", { exact: true }).inputValue()).toBe(firstOwner);
    await page.close();
  });

  it("shows the analyst the ranking without the assign action", async () => {
    page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.analyst);
    await page.goto(browser.url("/celah?wilayah=21.71"));
    await rows().first().waitFor();
    expect(await rows().count()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: /Tugaskan agen/ }).count()).toBe(0);
    // Analysts see no prospects (personal data), so no tab to them either.
    expect(await page.getByRole("link", { name: "Prospek" }).count()).toBe(0);

    // In English too.
    await page.getByLabel("Bahasa").selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Coverage-gap ranking" }).waitFor();
    await page.getByRole("table", { name: "Kecamatan by coverage gap" }).waitFor();
    await page.getByRole("heading", { name: "Summary of Kota Batam" }).waitFor();
    await browser.screenshot(page, "celah-en");
    await page.close();
  });
});
