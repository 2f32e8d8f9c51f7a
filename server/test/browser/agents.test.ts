import fs from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { browserAvailable, useBrowserStack } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/stack";

describe.skipIf(!browserAvailable)("agents in the web app", () => {
  const browser = useBrowserStack();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.national);
  });

  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(() => browser.screenshot(page, `gagal-${task.name.slice(0, 40).replaceAll(" ", "-")}`));
  });

  const heading = () => page.getByRole("heading", { level: 1 });
  const menuAgents = () =>
    page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Agen", exact: true });

  /** Searches the list in the app itself (no reload), so what the cache holds is what the user sees. */
  async function searchList(text: string, status = "") {
    await menuAgents().click();
    // The form remounts when the list's URL settles; type once the list has answered.
    await page.getByText(/agen ditemukan/).waitFor();
    await page.getByLabel("Nama atau nomor agen").fill(text);
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    await page.waitForURL(/cari=/);
    if (status) await page.getByLabel("Status", { exact: true }).selectOption({ label: status });
  }

  it("finds an agent by number, suspends them (the badge changes at once) and activates them again", async () => {
    await searchList("AP-2171-00002");
    await page.getByRole("link", { name: "AP-2171-00002" }).click();
    await page.waitForURL(/\/agen\/[^/?]+$/);
    await expect.poll(() => heading().textContent()).toContain("Aktif");
    await browser.screenshot(page, "agen");

    // Hold the API's answer: the badge and the actions already show the new status while it is on its way.
    let release!: () => void;
    const answered = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/graphql", async (route) => {
      if (route.request().postData()?.includes("AgentPage_Suspend")) await answered;
      await route.fallback();
    });
    await page.getByRole("button", { name: "Tangguhkan" }).click();
    await page.getByLabel(/Alasan/).fill("Belum menyetor laporan iuran bulan ini");
    await page.getByRole("button", { name: "Konfirmasi tangguhkan" }).click();
    await page.getByRole("button", { name: "Menyimpan…" }).waitFor();
    expect(await heading().textContent()).toContain("Ditangguhkan");
    release();
    await page.getByRole("button", { name: "Menyimpan…" }).waitFor({ state: "detached" });
    await page.unroute("**/graphql");
    await page.getByText("Belum menyetor laporan iuran bulan ini").waitFor();
    // A suspended agent can be activated or terminated, no longer suspended.
    expect(await page.getByRole("button", { name: "Tangguhkan" }).count()).toBe(0);
    await browser.screenshot(page, "agen-ditangguhkan");

    // The list of suspended agents shows them now.
    await searchList("AP-2171-00002", "Ditangguhkan");
    await page.getByText("1 agen ditemukan").waitFor();
    await page.getByRole("link", { name: "AP-2171-00002" }).click();

    await page.getByRole("button", { name: "Aktifkan" }).click();
    await page.getByLabel(/Alasan/).fill("Laporan sudah lengkap");
    await page.getByRole("button", { name: "Konfirmasi aktifkan" }).click();
    await page.getByRole("button", { name: "Tangguhkan" }).waitFor();
    await browser.screenshot(page, "agen-setelah-diaktifkan");

    // Back on the suspended list (from the app's cache): the agent is no longer there, and is on the active list.
    await page.goBack();
    await page.waitForURL(/status=SUSPENDED/);
    await page.getByText("Tidak ada agen yang cocok.").waitFor();
    await page.getByLabel("Status", { exact: true }).selectOption({ label: "Aktif" });
    await page.getByText("1 agen ditemukan").waitFor();
    expect(await page.getByRole("link", { name: "AP-2171-00002" }).count()).toBe(1);
  });

  it("rolls the badge back when the API refuses a status change", async () => {
    await searchList("AP-2171-00004");
    await page.getByRole("link", { name: "AP-2171-00004" }).click();
    await page.waitForURL(/\/agen\/[^/?]+$/);
    const before = await heading().textContent();
    await page.route("**/graphql", async (route) => {
      if (!route.request().postData()?.includes("AgentPage_Terminate")) return route.fallback();
      await route.fulfill({ status: 503, body: "unavailable" });
    });
    await page.getByRole("button", { name: "Berhentikan" }).click();
    await page.getByLabel(/Alasan/).fill("Uji penolakan");
    await page.getByRole("button", { name: "Konfirmasi berhentikan" }).click();
    await page.getByText("Data tidak dapat dimuat.").waitFor();
    await page.unrouteAll();
    expect(await heading().textContent()).toBe(before);
    expect(before).not.toContain("Diberhentikan");
  });

  it("refuses an appointment with an invalid NIK next to the field, saving nothing, then appoints", async () => {
    await menuAgents().click();
    await page.getByRole("link", { name: "Angkat agen baru" }).click();
    // The list has an office field with the same label: type only once the appointment form is on screen.
    await page.getByRole("heading", { level: 1, name: "Angkat Agen Perisai" }).waitFor();
    await page.getByLabel("Kantor Perisai", { exact: true }).fill("Kecamatan Batam Kota");
    await page.getByRole("button", { name: /Kantor Perisai OK OCE Progresif Kecamatan Batam Kota/ }).click();
    await page.getByLabel(/^Nama lengkap/).fill("Sekar Uji Pengangkatan");
    await page.getByLabel(/^NIK/).fill("9999990107950001");
    await page.getByLabel(/^Telepon/).fill("0812-3456-7801");
    await page.getByRole("checkbox", { name: "Batam Kota" }).check();
    await page.getByRole("button", { name: "Angkat sebagai calon agen" }).click();
    const nik = page.getByLabel(/^NIK/);
    await expect.poll(() => nik.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await nik.getAttribute("aria-describedby"))!.split(" ");
    expect(await page.locator(`[id="${describedBy.at(-1)}"]`).textContent()).toBe("Isian tidak valid.");
    await browser.screenshot(page, "agen-angkat");

    await searchList("Sekar Uji Pengangkatan");
    await page.getByText("Tidak ada agen yang cocok.").waitFor();

    await page.getByRole("link", { name: "Angkat agen baru" }).click();
    // The list has an office field with the same label: type only once the appointment form is on screen.
    await page.getByRole("heading", { level: 1, name: "Angkat Agen Perisai" }).waitFor();
    await page.getByLabel("Kantor Perisai", { exact: true }).fill("Kecamatan Batam Kota");
    await page.getByRole("button", { name: /Kantor Perisai OK OCE Progresif Kecamatan Batam Kota/ }).click();
    await page.getByLabel(/^Nama lengkap/).fill("Sekar Uji Pengangkatan");
    await page.getByLabel(/^NIK/).fill("2171104107950001");
    await page.getByLabel(/^Telepon/).fill("0812-3456-7801");
    await page.getByRole("checkbox", { name: "Batam Kota" }).check();
    await page.getByRole("button", { name: "Angkat sebagai calon agen" }).click();
    await page.waitForURL(/\/agen\/[^/?]+$/);
    await expect.poll(() => heading().textContent()).toContain("Sekar Uji Pengangkatan");
    expect(await heading().textContent()).toContain("Calon");
    await searchList("Sekar Uji Pengangkatan");
    await page.getByText("1 agen ditemukan").waitFor();
  });

  it("transfers an agent to another Kantor Perisai with a reason", async () => {
    await searchList("AP-2171-00003");
    await page.getByRole("link", { name: "AP-2171-00003" }).click();
    await page.getByRole("button", { name: "Pindahkan ke kantor lain" }).click();
    await page.getByLabel("Kantor tujuan").fill("Kecamatan Batam Kota");
    await page.getByRole("button", { name: /Kantor Perisai OK OCE Progresif Kecamatan Batam Kota/ }).click();
    await page.getByRole("checkbox", { name: "Batam Kota" }).check();
    await page.getByLabel(/Alasan pemindahan/).fill("Mendekatkan ke tempat tinggal");
    await page.getByRole("button", { name: "Konfirmasi pindahkan" }).click();
    await page.getByText("Mendekatkan ke tempat tinggal").waitFor();
    const details = page.locator("dl.details");
    expect(await details.textContent()).toContain("Kantor Perisai OK OCE Progresif Kecamatan Batam Kota");
  });

  it("exports every agent of a filtered list as CSV, not only the rows on screen", async () => {
    await page.goto(browser.url("/agen?wilayah=21.71&urut=nama"));
    const found = await page.getByText(/agen ditemukan/).textContent();
    const total = Number(found!.replace(/\D/g, ""));
    expect(total).toBeGreaterThan(50);
    await browser.screenshot(page, "agen-daftar");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ekspor CSV" }).click(),
    ]);
    const text = fs.readFileSync((await download.path())!, "utf8");
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toContain("Nomor agen");
    expect(lines.length - 1).toBe(total);
    await page.getByText(/baris diekspor/).waitFor();
  });
});
