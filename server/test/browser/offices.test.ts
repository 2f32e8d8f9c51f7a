import fs from "node:fs";
import type { Page } from "playwright-core";
import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { sqlCounter } from "../../src/shared/db/sql-counter";
import { browserAvailable, useBrowserStack } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/stack";

const PIONEER = "Kantor Perisai OK OCE Progresif Batam";
const NEW_OFFICE = "Kantor Perisai Uji Kecamatan Nongsa";
/** The fields of a row of /kantor (OfficesPage_List in web/src/pages/offices/OfficesPage.graphql.ts). */
const OFFICE_LIST = `
  query ($first: Int!) {
    perisaiOffices(first: $first, sortKey: NAME) {
      totalCount
      nodes {
        id name status pioneer establishedOn monthlyTarget address
        region { code name }
        parent { id name }
        hostChapter { id name coordinatorName }
        supervisingBranch { id name }
        mou { id number }
        agentCount
        activeAgentCount: agentCount(status: ACTIVE)
        coverage { participantsActive participantsTotal contributionsTotal }
      }
    }
  }`;

describe.skipIf(!browserAvailable)("Kantor Perisai and MoUs in the web app", () => {
  const browser = useBrowserStack();
  let page: Page;
  let token: string;

  /** The API as the national coordinator, to check what the pages claim was (or was not) saved. */
  const api = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(browser.url("/graphql"), {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: any; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const officesNamed = async (search: string) =>
    (
      await api(
        `query ($search: String) { perisaiOffices(filter: { search: $search }) { totalCount nodes { id version } } }`,
        { search },
      )
    ).perisaiOffices;
  /** The office's own link in the list (its name also links from the parent column of its sub-offices). */
  const listedOffice = (p: Page, name: string) =>
    p.locator("tbody th[scope=row]").getByRole("link", { name, exact: true });
  const resultCount = async (p: Page) => {
    const text = (await p.locator(".result-count").textContent()) ?? "";
    return Number(text.replace(/\D/g, ""));
  };

  afterEach(async (context) => {
    if (context.task.result?.state === "fail") {
      for (const [index, open] of browser.browser
        .contexts()
        .flatMap((c) => c.pages())
        .entries())
        await browser.screenshot(open, `debug-offices-${index}`);
    }
  });

  beforeAll(async () => {
    page = await browser.newPage();
    const response = await fetch(browser.url("/graphql"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation ($input: LoginInput!) { login(input: $input) { token } }`,
        variables: { input: { email: DEMO_ACCOUNTS.national, password: inject("demoPassword") } },
      }),
    });
    token = ((await response.json()) as any).data.login.token;
  });

  it("filters offices by region 21.71, sorts them by name descending and opens the pioneer", async () => {
    await browser.signIn(page, DEMO_ACCOUNTS.national);
    await page.getByRole("link", { name: /^Kantor$/ }).click();
    await page.getByRole("heading", { level: 1, name: "Kantor Perisai" }).waitFor();
    await page.getByLabel("Kode wilayah").fill("21.71");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/wilayah=21\.71/);
    await page.getByText("4 Kantor Perisai ditemukan").waitFor(); // the pioneer and its three sub-offices

    await page.getByRole("button", { name: /Nama kantor/ }).click();
    await page.waitForURL(/arah=turun/);
    await page
      .getByRole("columnheader", { name: /Nama kantor/ })
      .and(page.locator("[aria-sort=descending]"))
      .waitFor();
    const names = await page.locator("tbody th[scope=row] a").allTextContents();
    expect(names).toHaveLength(4);
    for (const code of await page.locator("tbody td .mono").allTextContents()) expect(code).toMatch(/^21\.71/);
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, "id")));
    expect(names).toContain(PIONEER);
    await browser.screenshot(page, "kantor");

    // The link reproduces the view.
    const link = page.url();
    await page.goto(link);
    await page.getByText("4 Kantor Perisai ditemukan").waitFor();
    expect(page.url()).toBe(link);

    await listedOffice(page, PIONEER).click();
    await page.getByRole("heading", { level: 1, name: new RegExp(PIONEER) }).waitFor();
    await expect(
      page
        .getByRole("link", { name: /Kota Batam/ })
        .first()
        .getAttribute("href"),
    ).resolves.toBe("/wilayah/21.71");
    const subOffices = page.getByRole("region", { name: "Sub-kantor" }).getByRole("row");
    await page.getByRole("heading", { name: "Kepesertaan" }).waitFor();
    await page.getByRole("link", { name: /Kecamatan Lubuk Baja/ }).waitFor();
    expect(await subOffices.count()).toBe(4); // header + Lubuk Baja, Batam Kota, Sagulung
    await expect(
      page.getByRole("link", { name: /Lihat semua .* agen kantor ini/ }).getAttribute("href"),
    ).resolves.toMatch(/^\/agen\?kantor=/);
    await page.getByRole("table", { name: /Total bulanan/ }).waitFor();
    await browser.screenshot(page, "kantor-detail");
  });

  it("refuses an invalid sub-office with a field error and saves nothing, then creates and edits it", async () => {
    await page.getByRole("link", { name: "Tambah sub-kantor" }).click();
    await page.getByRole("heading", { level: 1, name: "Tambah Kantor Perisai" }).waitFor();
    // The parent's region, branch and MoU come with it.
    await expect(
      page
        .getByLabel(/^Kantor induk/)
        .locator("option:checked")
        .textContent(),
    ).resolves.toBe(PIONEER);
    await page.getByLabel("Nama kantor").fill(NEW_OFFICE);
    await page.getByLabel("Cari wilayah").fill("Nongsa");
    const region = page.getByLabel("Wilayah", { exact: true });
    await region.locator("option", { hasText: "Nongsa" }).waitFor({ state: "attached" });
    await region.selectOption({ label: (await region.locator("option", { hasText: "Nongsa" }).textContent())! });
    await page.getByLabel("Target bulanan (peserta baru)").fill("30");
    await page.getByLabel("Tanggal berdiri").fill("2099-01-01");
    await page.getByRole("button", { name: "Simpan kantor baru" }).click();

    await page.getByText("Tanggal berdiri tidak boleh di masa depan.").waitFor();
    await expect(page.getByLabel("Tanggal berdiri").getAttribute("aria-invalid")).resolves.toBe("true");
    await browser.screenshot(page, "kantor-form-error");
    expect((await officesNamed("Uji Nongsa")).totalCount).toBe(0);

    await page.getByLabel("Tanggal berdiri").fill("2024-01-15");
    await page.getByRole("button", { name: "Simpan kantor baru" }).click();
    await page.getByRole("heading", { level: 1, name: new RegExp(NEW_OFFICE) }).waitFor();
    await page.getByText("Perubahan tersimpan.").waitFor();
    expect((await officesNamed("Uji Nongsa")).totalCount).toBe(1);
    await page
      .getByRole("link", { name: /Nongsa/ })
      .first()
      .waitFor();

    // The cached region list shows the new office without a reload.
    await page.getByRole("link", { name: /^Kantor$/ }).click();
    await page.getByLabel("Kode wilayah").fill("21.71");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.getByText("5 Kantor Perisai ditemukan").waitFor();
    await listedOffice(page, NEW_OFFICE).waitFor();

    await listedOffice(page, NEW_OFFICE).click();
    await page.getByRole("link", { name: "Ubah kantor" }).click();
    await page.getByLabel("Target bulanan (peserta baru)").fill("40");
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await page.getByText("40 peserta baru per bulan").waitFor();
  });

  it("says clearly when someone else changed the office meanwhile", async () => {
    await page.getByRole("link", { name: "Ubah kantor" }).click();
    await page.getByLabel("Alamat").fill("Jl. Hang Nadim");
    const [office] = (await officesNamed("Uji Nongsa")).nodes;
    await api(
      `mutation ($input: UpdatePerisaiOfficeInput!) { updatePerisaiOffice(input: $input) { userErrors { code } } }`,
      { input: { id: office.id, expectedVersion: office.version, monthlyTarget: 45 } },
    );
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await page.getByText(/telah diubah orang lain sejak Anda membukanya/).waitFor();
    await page.getByRole("button", { name: "Muat data terbaru" }).click();
    await expect.poll(() => page.getByLabel("Target bulanan (peserta baru)").inputValue()).toBe("45");
  });

  it("loads a page of the office list with as many SQL statements for 80 rows as for 5", async () => {
    const statementsFor = async (first: number) => {
      sqlCounter.reset();
      const data = await api(OFFICE_LIST, { first });
      expect(data.perisaiOffices.nodes).toHaveLength(first);
      return sqlCounter.total;
    };
    const few = await statementsFor(5);
    const many = await statementsFor(80);
    process.stdout.write(`office list page: ${few} SQL statements for 5 rows, ${many} for 80\n`);
    expect(many).toBe(few);
  });

  it("exports every office matching the filter as CSV", async () => {
    await page.goto(browser.url("/kantor?perintis=tidak"));
    await page.getByText(/Kantor Perisai ditemukan/).waitFor();
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(50); // more than one page of the list
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ekspor CSV" }).click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines.length - 1).toBe(total);
    await page.getByText(`${total} baris diekspor dalam`).waitFor();
  });

  it("lists the Batam MoU of 9 July 2020 and shows its parties", async () => {
    await page.getByRole("link", { name: "MoU", exact: true }).click();
    const batam = page.getByRole("row", { name: /9 Jul 2020.*Batam/ }).first();
    await batam.waitFor();
    await browser.screenshot(page, "mou");
    await batam.getByRole("link").first().click();
    await page.getByText("Surya Rizal").waitFor();
    await page.getByText("Ilyas Karta").waitFor();
    await page.getByRole("link", { name: PIONEER }).waitFor();
    await browser.screenshot(page, "mou-detail");

    await page.getByLabel("Bahasa").selectOption("en");
    await page.getByRole("heading", { name: "Parties" }).waitFor();
    await page.getByRole("heading", { name: "Kantor Perisai under this MoU" }).waitFor();
    await page.getByLabel("Language").selectOption("id");
    await page.getByRole("heading", { name: "Para pihak" }).waitFor();
  });

  it("records a new MoU that then shows in the list", async () => {
    await page.getByRole("link", { name: "MoU", exact: true }).click();
    await page.getByText(/MoU ditemukan/).waitFor();
    const before = await resultCount(page);
    await page.getByRole("link", { name: "Tambah MoU" }).click();
    await page.getByLabel("Nomor MoU").fill("099/NK/OKOCE-BPJAMSOSTEK/UJI/2024");
    await page.getByLabel("Judul").fill("Nota Kesepahaman Uji");
    await page.getByLabel("Ruang lingkup").fill("Perlindungan pelaku UMKM binaan di Kecamatan Nongsa.");
    await page.getByLabel("Tanggal penandatanganan").fill("2024-02-01");
    await page.getByLabel("Tempat penandatanganan").fill("Batam");
    await page.getByLabel("Berlaku mulai").fill("2024-02-01");
    await page.getByLabel("Target UMKM").fill("5000");
    const bpjs = page.getByLabel("Kantor BPJAMSOSTEK", { exact: true });
    await bpjs.locator("option", { hasText: "Kantor Cabang Batam Nagoya" }).waitFor({ state: "attached" });
    await bpjs.selectOption({ label: "Kantor Cabang Batam Nagoya" });
    await page.getByLabel("Penanda tangan BPJAMSOSTEK", { exact: true }).fill("Surya Rizal");
    await page.getByLabel("Jabatan penanda tangan BPJAMSOSTEK").fill("Kepala Kantor Cabang");
    await page.getByLabel("Cari chapter OK OCE").fill("Batam");
    const chapter = page.getByLabel("Chapter OK OCE", { exact: true });
    await chapter.locator("option", { hasText: "Batam" }).first().waitFor({ state: "attached" });
    await chapter.selectOption({ index: 1 });
    await page.getByLabel("Penanda tangan OK OCE", { exact: true }).fill("Ilyas Karta");
    await page.getByLabel("Jabatan penanda tangan OK OCE").fill("Koordinator Nasional");
    await page.getByRole("button", { name: "Simpan MoU baru" }).click();
    await page.getByRole("heading", { level: 1, name: /099\/NK\/OKOCE-BPJAMSOSTEK\/UJI\/2024/ }).waitFor();
    await page.getByRole("link", { name: "MoU (Nota Kesepahaman)" }).click();
    await page.getByText(`${before + 1} MoU ditemukan`).waitFor();
  });

  it("lets the Batam office admin open a sub-office under its own office", async () => {
    const admin = await browser.newPage();
    await browser.signIn(admin, DEMO_ACCOUNTS.batamAdmin);
    await admin.goto(browser.url("/kantor"));
    await listedOffice(admin, PIONEER).click();
    await admin.getByRole("link", { name: "Tambah sub-kantor" }).click();
    // The national level's choices follow the parent and cannot be changed here.
    await expect(admin.getByLabel("Kantor Cabang BPJAMSOSTEK").isDisabled()).resolves.toBe(true);
    await admin.getByLabel("Nama kantor").fill("Kantor Perisai Uji Admin Batam");
    await admin.getByLabel("Target bulanan (peserta baru)").fill("10");
    await admin.getByRole("button", { name: "Simpan kantor baru" }).click();
    await admin.getByRole("heading", { level: 1, name: /Kantor Perisai Uji Admin Batam/ }).waitFor();
    // The admin's token was renewed with the new office in its scope: its page shows, under Batam.
    await admin.getByRole("link", { name: PIONEER }).first().waitFor();
    expect(await admin.getByText(/Kantor baru tersimpan/).count()).toBe(0);
    const saved = await api(
      `query { perisaiOffices(filter: { search: "Uji Admin Batam" }) { totalCount nodes { parent { name } region { code } } } }`,
    );
    expect(saved.perisaiOffices).toEqual({
      totalCount: 1,
      nodes: [{ parent: { name: PIONEER }, region: { code: "21.71" } }],
    });

    // Editing its own office sends only what changed: the parent and branch above it stay as they are.
    await admin.goto(browser.url("/kantor"));
    await listedOffice(admin, PIONEER).click();
    await admin.getByRole("link", { name: "Ubah kantor" }).click();
    await admin.getByText(/Kantor induknya di luar cakupan Anda/).waitFor();
    await admin.getByLabel("Alamat").fill("Jl. Engku Putri, Batam Centre");
    await admin.getByRole("button", { name: "Simpan perubahan" }).click();
    await admin.getByText("Perubahan tersimpan.").waitFor();
    await admin.getByText("Jl. Engku Putri, Batam Centre").waitFor();
    await admin.close();
  });

  it("shows a branch officer no create or edit buttons", async () => {
    const officer = await browser.newPage();
    await browser.signIn(officer, DEMO_ACCOUNTS.branchOfficer);
    await officer.goto(browser.url("/kantor"));
    await listedOffice(officer, PIONEER).waitFor();
    expect(await officer.getByRole("link", { name: "Tambah Kantor Perisai" }).count()).toBe(0);
    await listedOffice(officer, PIONEER).click();
    await officer.getByRole("heading", { level: 1, name: new RegExp(PIONEER) }).waitFor();
    expect(await officer.getByRole("link", { name: /Ubah kantor|Tambah sub-kantor/ }).count()).toBe(0);
    await officer.goto(browser.url("/mou"));
    await officer.getByText(/MoU ditemukan/).waitFor();
    expect(await officer.getByRole("link", { name: "Tambah MoU" }).count()).toBe(0);
    await officer.close();
  });
});
