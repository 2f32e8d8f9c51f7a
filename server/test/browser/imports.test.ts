import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeNik } from "../../src/shared/validation/nik";
import { browserAvailable, useBrowserStack } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/stack";

const PREFIX = "Impor Peramban";
const HEADER = "businessName,ownerName,ownerNik,phone,umkmClass,sector,streetVendor,kecamatanCode,workers,joinedOn";

function row(index: number, nik = composeNik("21.71.06", "1979-08-17", "FEMALE", 7000 + index)): string {
  return `${PREFIX} ${index},Ibu Uji ${index},${nik},0812-7777-${1000 + index},MIKRO,Kuliner,ya,21.71.06,2,2022-05-02`;
}

describe.skipIf(!browserAvailable)("CSV import in the web app", () => {
  const browser = useBrowserStack();
  let page: Page;

  const sql = <T>(text: string) => browser.stack.subgraphs.okoce.orm.em.fork().getConnection().execute<T[]>(text);
  const imported = async () =>
    (
      await sql<{ count: number }>(
        `select count(*)::int as count from okoce.umkm where business_name like '${PREFIX} %'`,
      )
    )[0].count;

  async function chooseFile(csv: string) {
    await page
      .getByLabel("Berkas CSV")
      .setInputFiles({ name: "umkm-batam.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  }

  beforeAll(async () => {
    page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.batamAdmin);
  });

  afterAll(async () => {
    if (!browser.stack) return;
    await sql(`delete from okoce.umkm where business_name like '${PREFIX} %'`);
  });

  it("shows a bad row's line and imports nothing; the fixed file imports with a progress bar to 100 %", async () => {
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Impor" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Impor CSV");
    await expect.poll(() => page.getByLabel("UMKM", { exact: true }).isChecked()).toBe(true);

    await chooseFile([HEADER, row(1), row(2, "1234"), row(3)].join("\r\n"));
    await page.getByRole("button", { name: "Periksa" }).click();
    const errors = page.getByRole("table", { name: "Galat per baris" });
    await errors.waitFor();
    const firstError = errors.getByRole("row").nth(1);
    await expect.poll(() => firstError.getByRole("rowheader").textContent()).toBe("3");
    await expect.poll(() => firstError.textContent()).toContain("ownerNik");
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("1 galat pada 3 baris");
    expect(await page.getByRole("button", { name: "Impor", exact: true }).isDisabled()).toBe(true);
    await browser.screenshot(page, "impor-galat");
    expect(await imported()).toBe(0);

    await chooseFile([HEADER, row(1), row(2), row(3)].join("\r\n"));
    await page.getByRole("button", { name: "Periksa" }).click();
    await page.getByText("3 baris siap diimpor, tanpa galat.").waitFor();
    await page.getByRole("button", { name: "Impor", exact: true }).click();
    const progress = page.getByRole("region", { name: "Kemajuan impor" });
    await progress.getByText("3 dari 3 baris (100 %)").waitFor();
    await expect.poll(() => progress.getByRole("status").textContent()).toContain("Selesai");
    await expect
      .poll(() => progress.locator("progress").evaluate((bar: HTMLProgressElement) => bar.value / bar.max))
      .toBe(1);
    await page.getByRole("table", { name: "Impor terakhir, terbaru di atas" }).getByText("Selesai").first().waitFor();
    await browser.screenshot(page, "impor-selesai");
    expect(await imported()).toBe(3);

    await progress.getByRole("link", { name: "Lihat daftar UMKM" }).click();
    await page.waitForURL(/\/umkm$/);
    await page.goto(browser.url(`/umkm?cari=${encodeURIComponent(`${PREFIX} 2`)}`));
    await page.getByText(`${PREFIX} 2`, { exact: true }).first().waitFor();
  });
});
