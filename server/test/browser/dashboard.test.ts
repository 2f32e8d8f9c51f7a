import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, useBrowserStack } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/stack";

describe.skipIf(!browserAvailable)("Beranda and the region drill-down in the web app", () => {
  const browser = useBrowserStack();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  const provinceMap = () => page.getByRole("list", { name: /^Peta cakupan per provinsi/ });

  it("shows the national coordinator the state of the network: figures, map, trends, regions behind target", async () => {
    const started = Date.now();
    await browser.signIn(page, DEMO_ACCOUNTS.national);
    const kepri = page.getByRole("row", { name: /Kepulauan Riau/ });
    await kepri.waitFor();
    process.stdout.write(`dashboard rendered ${Date.now() - started} ms after opening the app\n`);
    await expect(kepri.textContent()).resolves.toContain("81.486");

    const contributions = page.locator(".figure", { hasText: "Iuran bulan ini" });
    await expect(contributions.locator("dd").textContent()).resolves.toMatch(/^Rp[\d.]+$/);

    await expect(provinceMap().getByRole("link").count()).resolves.toBe(38);
    const kepriTile = provinceMap().getByRole("link", { name: /^Kepulauan Riau: cakupan \d+,\d%$/ });
    await expect(kepriTile.getAttribute("href")).resolves.toBe("/wilayah/21");
    await expect(
      provinceMap()
        .getByRole("link", { name: /^Papua Barat Daya: cakupan/ })
        .count(),
    ).resolves.toBe(1);
    await expect(
      page.getByRole("list", { name: "Keterangan warna: cakupan UMKM" }).getByRole("listitem").count(),
    ).resolves.toBe(7);

    await page.getByRole("img", { name: "Pendaftaran peserta per bulan" }).waitFor();
    await page.getByRole("img", { name: "Iuran tercatat per bulan" }).waitFor();
    await page.getByText("Tampilkan data sebagai tabel").click();
    const trendTable = page.getByRole("table", { name: /Pendaftaran dan iuran per bulan/ });
    await trendTable.getByRole("row", { name: /^Juli 2020/ }).waitFor();
    // July 2020 to this month, at least to the data set's July 2026, and the header row.
    expect(await trendTable.getByRole("row").count()).toBeGreaterThan(72);

    const behind = page.getByRole("table", { name: "Kabupaten/Kota dengan selisih terbesar terhadap target" });
    const batam = behind.getByRole("row", { name: /Kota Batam/ });
    await expect(batam.textContent()).resolves.toContain("81.486");
    await page.getByText("Tampilkan data sebagai tabel").click();
    await browser.screenshot(page, "beranda");

    await page.getByLabel("Tingkat wilayah").selectOption("DISTRICT");
    await page.waitForURL(/tingkat=DISTRICT/);
    await page.getByText("Belum ada target resmi untuk tingkat ini.").waitFor();
    await page.getByLabel("Tingkat wilayah").selectOption("REGENCY");
    await batam.waitFor();
  });

  it("drills down from the map to Kepulauan Riau, Kota Batam and one of its 12 kecamatan", async () => {
    await provinceMap()
      .getByRole("link", { name: /^Kepulauan Riau:/ })
      .click();
    await page.waitForURL(/\/wilayah\/21$/);
    await page.getByRole("link", { name: "Kota Batam", exact: true }).click();
    const kecamatan = page.getByRole("table", { name: "Wilayah di bawahnya" });
    await kecamatan.getByRole("row", { name: /Lubuk Baja/ }).waitFor();
    expect(page.url()).toMatch(/\/wilayah\/21\.71$/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Kota Batam");
    expect(await kecamatan.getByRole("row").count()).toBe(13);
    const target = page.locator(".figure", { hasText: "Target UMKM" });
    await expect(target.locator("dd").textContent()).resolves.toBe("81.486");

    const offices = page.getByRole("table", { name: /^Kantor Perisai \(\d+ dari \d+\)$/ });
    const pioneer = offices.getByRole("link", { name: "Kantor Perisai OK OCE Progresif Batam", exact: true });
    await expect(pioneer.getAttribute("href")).resolves.toMatch(/^\/kantor\/[^/]+$/);
    const agents = page.getByRole("table", { name: /^Agen Perisai \(20 dari [\d.]+\)$/ });
    await expect(agents.getByRole("link", { name: "AP-2171-00001" }).getAttribute("href")).resolves.toMatch(
      /^\/agen\/[^/]+$/,
    );
    await expect(page.getByRole("link", { name: /^Lihat semua [\d.]+ agen$/ }).getAttribute("href")).resolves.toBe(
      "/agen?wilayah=21.71",
    );
    await browser.screenshot(page, "wilayah-kota-batam");

    await kecamatan.getByRole("link", { name: "Lubuk Baja" }).click();
    await page.getByRole("heading", { level: 1, name: /Lubuk Baja/ }).waitFor();
    expect(page.url()).toMatch(/\/wilayah\/21\.71\.06$/);
    const trail = page.getByRole("navigation", { name: "Jejak wilayah" });
    await expect(trail.getByRole("link").allTextContents()).resolves.toEqual([
      "Indonesia",
      "Kepulauan Riau",
      "Kota Batam",
    ]);
    await browser.screenshot(page, "wilayah-kecamatan");
    await trail.getByRole("link", { name: "Kota Batam" }).click();
    await page.getByRole("heading", { level: 1, name: /Kota Batam/ }).waitFor();
  });

  it("speaks English when the coordinator switches the language", async () => {
    await page.getByRole("link", { name: "Beranda" }).click();
    await page.getByLabel("Bahasa").selectOption("en");
    await page.getByRole("heading", { level: 1, name: "Home — Indonesia" }).waitFor();
    await page.getByRole("list", { name: /^Coverage map by province/ }).waitFor();
    await page.locator(".figure", { hasText: "Contributions this month" }).waitFor();
    await page.getByRole("heading", { name: "Monthly trends since July 2020" }).waitFor();
    const behind = page.getByRole("table", { name: "Regency/City with the largest gap to the target" });
    await expect(behind.getByRole("row", { name: /Kota Batam/ }).textContent()).resolves.toContain("81,486");
    await expect(
      page
        .getByRole("row", { name: /Kepulauan Riau/ })
        .first()
        .textContent(),
    ).resolves.toContain("81,486");
    await browser.screenshot(page, "beranda-en");
    await page.getByLabel("Language").selectOption("id");
    await page.getByRole("heading", { level: 1, name: "Beranda — Indonesia" }).waitFor();
  });
});
