import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, useBrowserStack } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/stack";

describe.skipIf(!browserAvailable)("agents in the web app", () => {
  const browser = useBrowserStack();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  it("finds an agent by number, suspends them with a reason and activates them again", async () => {
    await browser.signIn(page, DEMO_ACCOUNTS.national);
    await page.getByRole("link", { name: /^Agen$/ }).click();
    await page.getByLabel("Nama atau nomor agen").fill("AP-2171-00002");
    await page.getByRole("button", { name: "Cari" }).click();
    await page.waitForURL(/cari=AP-2171-00002/);
    await page.getByRole("link", { name: "AP-2171-00002" }).click();
    await page.waitForURL(/\/agen\/[^/?]+$/);
    await browser.screenshot(page, "agen");

    await page.getByRole("button", { name: "Tangguhkan" }).click();
    await page.getByLabel(/Alasan/).fill("Belum menyetor laporan iuran bulan ini");
    await page.getByRole("button", { name: "Konfirmasi tangguhkan" }).click();
    await page.getByRole("button", { name: "Aktifkan" }).waitFor();
    // A suspended agent can be activated or terminated, no longer suspended.
    expect(await page.getByRole("button", { name: "Tangguhkan" }).count()).toBe(0);
    await browser.screenshot(page, "agen-ditangguhkan");

    await page.getByRole("button", { name: "Aktifkan" }).click();
    await page.getByLabel(/Alasan/).fill("Laporan sudah lengkap");
    await page.getByRole("button", { name: "Konfirmasi aktifkan" }).click();
    await page.getByRole("button", { name: "Tangguhkan" }).waitFor();
    await browser.screenshot(page, "agen-setelah-diaktifkan");
  });
});
