import type { Page } from "playwright-core";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { browserAvailable, useBrowserStack } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/stack";

describe.skipIf(!browserAvailable)("the UMKM registry in the web app", () => {
  const browser = useBrowserStack();
  let page: Page;
  let umkmPath = "";

  beforeAll(async () => {
    page = await browser.newPage();
  });

  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(() => browser.screenshot(page, `gagal-umkm-${task.name.slice(0, 40).replaceAll(" ", "-")}`));
  });

  const countOf = async (pattern: RegExp) => Number((await page.getByText(pattern).textContent())!.replace(/\D/g, ""));

  it("lets the Batam office admin filter by kecamatan, open a UMKM and edit it", async () => {
    await browser.signIn(page, DEMO_ACCOUNTS.batamAdmin);
    await page
      .getByRole("navigation", { name: "Navigasi utama" })
      .getByRole("link", { name: "UMKM", exact: true })
      .click();
    await page.getByRole("heading", { name: "Registri UMKM" }).waitFor();
    const all = await countOf(/UMKM ditemukan/);
    expect(all).toBeGreaterThanOrEqual(81_486);

    await page.getByLabel(/^Kecamatan/).fill("Batam Kota");
    await page.getByRole("button", { name: /^Batam Kota/ }).click();
    await page.waitForURL(/kecamatan=21\.71\.10/);
    await page.getByRole("button", { name: /^Ganti Kecamatan/ }).waitFor();
    await expect.poll(() => countOf(/UMKM ditemukan/)).toBeLessThan(all);
    const inKecamatan = await countOf(/UMKM ditemukan/);
    expect(inKecamatan).toBeGreaterThan(0);
    // Every row shown lies in the kecamatan chosen.
    const kecamatanCells = await page.locator("table tbody tr:not(.spacer) td:nth-of-type(2)").allTextContents();
    expect(kecamatanCells.length).toBeGreaterThan(0);
    expect(new Set(kecamatanCells)).toEqual(new Set(["Batam Kota"]));
    await browser.screenshot(page, "umkm");

    const first = page.locator("table tbody tr:not(.spacer) th a").first();
    const name = (await first.textContent())!;
    await first.click();
    await page.getByRole("heading", { level: 1, name }).waitFor();
    umkmPath = new URL(page.url()).pathname;
    // The office admin sees the owner's NIK in clear inside their territory.
    expect(await page.locator("dl.details").textContent()).not.toContain("disamarkan");
    await browser.screenshot(page, "umkm-detail");

    await page.getByRole("link", { name: "Ubah UMKM" }).click();
    const businessName = page.getByLabel(/^Nama usaha/);
    await businessName.fill(`${name} Jaya`);
    await page.getByLabel(/^Pekerja/).fill("7");
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await page.getByRole("heading", { level: 1, name: `${name} Jaya` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(umkmPath);
    const details = await page.locator("dl.details").textContent();
    expect(details).toContain("Pekerja7");

    // Back in the filtered list (the saved form left no history entry), the new name shows: the cached pages
    // were fetched again.
    await page.goBack();
    await page.goBack();
    await page.waitForURL(/kecamatan=21\.71\.10/);
    await page.getByLabel("Nama usaha atau pemilik").fill(`${name} Jaya`);
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    await page.getByRole("link", { name: `${name} Jaya` }).waitFor();
  });

  it("shows an analyst the owner's NIK masked, with no edit or reveal", async () => {
    const analyst = await browser.newPage();
    await browser.signIn(analyst, DEMO_ACCOUNTS.analyst);
    await analyst.goto(browser.url(umkmPath));
    await analyst.getByRole("heading", { level: 1 }).waitFor();
    const details = analyst.locator("dl.details");
    await details.waitFor();
    const nik = await details.locator("dd .mono").first().textContent();
    expect(nik).toMatch(/^\d{4}\*{12}$/);
    expect(await details.textContent()).toContain("disamarkan");
    expect(await analyst.getByRole("link", { name: "Ubah UMKM" }).count()).toBe(0);
    expect(await analyst.getByRole("button", { name: /Tampilkan NIK/ }).count()).toBe(0);
    expect(await analyst.getByRole("link", { name: "Daftarkan UMKM" }).count()).toBe(0);
    await analyst.close();
  });

  it("shows the national coordinator the owner's NIK in clear only after a reason is given", async () => {
    const national = await browser.newPage();
    await browser.signIn(national, DEMO_ACCOUNTS.national);
    await national.goto(browser.url(umkmPath));
    const nik = national.locator("dl.details dd .mono").first();
    await nik.waitFor();
    expect(await nik.textContent()).toMatch(/^\d{4}\*{12}$/);
    await national.getByRole("button", { name: "Tampilkan NIK dan telepon pemilik" }).click();
    await national.getByLabel(/^Alasan melihat data pribadi/).fill("Verifikasi pendaftaran peserta");
    await national.getByRole("button", { name: "Tampilkan", exact: true }).click();
    await expect.poll(() => nik.textContent()).toMatch(/^\d{16}$/);
    await national.close();
  });
});
