import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserAvailable, useBrowserStack, type BrowserStack } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/stack";

/** A NIK the server accepts: a real Batam kecamatan, a real birth date (day + 40 for a woman), a fresh serial. */
function validNik(kecamatan: string, ddmmyy: string): string {
  const serial = String(1000 + Math.floor(Math.random() * 9000));
  return `${kecamatan}${ddmmyy}${serial}`;
}

/** "81800" as the page shows it in Bahasa Indonesia: "Rp81.800". */
function rupiah(amount: number): string {
  return `Rp${new Intl.NumberFormat("id-ID").format(amount)}`;
}

async function api<T>(browser: BrowserStack, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(browser.url("/graphql"), {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function tokenOf(browser: BrowserStack, email: string): Promise<string> {
  const data = await api<{ login: { token: string } }>(
    browser,
    "mutation ($input: LoginInput!) { login(input: $input) { token } }",
    { input: { email, password: inject("demoPassword") } },
  );
  return data.login.token;
}

async function participantsTotal(browser: BrowserStack, token: string): Promise<number> {
  const data = await api<{ participants: { totalCount: number } }>(
    browser,
    "{ participants(first: 1) { totalCount } }",
    {},
    token,
  );
  return data.participants.totalCount;
}

/** The "NIK" input and the error tied to it by aria-describedby. */
async function nikError(page: Page): Promise<string | null> {
  const nik = page.getByRole("textbox", { name: "NIK", exact: true });
  if ((await nik.getAttribute("aria-invalid")) !== "true") return null;
  const ids = ((await nik.getAttribute("aria-describedby")) ?? "").split(" ");
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"].field-error`).allTextContents()));
  return texts.flat().join(" ") || null;
}

async function chooseFirstUmkm(page: Page) {
  const umkm = page.getByLabel("UMKM", { exact: true });
  await umkm.locator("option").nth(1).waitFor({ state: "attached" });
  const value = await umkm.locator("option").nth(1).getAttribute("value");
  await umkm.selectOption(value!);
}

describe.skipIf(!browserAvailable)("participants in the web app", () => {
  const browser = useBrowserStack();

  /**
   * Enrols through the form: a NIK whose kecamatan does not exist is refused next to the NIK with nothing
   * saved, the monthly contribution shows before saving, a valid NIK lands on the new participant's page.
   */
  async function enrol(
    page: Page,
    token: string,
    nik: string,
    options: { name: string; chooseAgent: boolean; screenshots: boolean },
  ): Promise<void> {
    const before = await participantsTotal(browser, token);
    await page.getByRole("link", { name: "Peserta", exact: true }).click();
    await page.getByText(`${new Intl.NumberFormat("id-ID").format(before)} peserta ditemukan`).waitFor();
    if (options.screenshots) await browser.screenshot(page, "peserta");

    await page.getByRole("link", { name: "Daftarkan peserta" }).click();
    await page.waitForURL(/\/peserta\/baru$/);
    await page.getByLabel("Cari UMKM").fill("a");
    await chooseFirstUmkm(page);
    if (options.chooseAgent) {
      await page.getByLabel("Cari agen").fill("AP-2171-00001");
      const agent = page.getByLabel("Agen", { exact: true });
      await agent.locator("option", { hasText: "AP-2171-00001" }).waitFor({ state: "attached" });
      const value = await agent.locator("option", { hasText: "AP-2171-00001" }).getAttribute("value");
      await agent.selectOption(value!);
    } else {
      // An agent enrols as themself: no choice to make.
      expect(await page.getByLabel("Agen", { exact: true }).count()).toBe(0);
      await page
        .getByText(/AP-2171-00001/)
        .first()
        .waitFor();
    }
    // 21.71.99 is no kecamatan of Batam (it has 12): the NIK has the right form but is not real.
    await page.getByRole("textbox", { name: "NIK", exact: true }).fill("2171990101900001");
    await page.getByRole("textbox", { name: "Nama", exact: true }).fill(options.name);
    await page.getByRole("checkbox", { name: /JHT/ }).check();
    await page.getByRole("textbox", { name: "Penghasilan per bulan (Rp)" }).fill("2500000");

    const quote = await api<{ contributionQuote: { total: number; jkk: number; jkm: number; jht: number } }>(
      browser,
      "{ contributionQuote(programs: [JKK, JKM, JHT], declaredIncome: 2500000) { total jkk jkm jht } }",
      {},
      token,
    );
    const preview = page.getByRole("region", { name: "Iuran bulanan" });
    const totalRow = preview.getByRole("row", { name: /Total iuran per bulan/ });
    await totalRow.getByText(rupiah(quote.contributionQuote.total), { exact: true }).waitFor();
    expect(await preview.getByRole("row", { name: /JHT/ }).textContent()).toContain(
      rupiah(quote.contributionQuote.jht),
    );
    if (options.screenshots) await browser.screenshot(page, "peserta-daftar-baru");

    // Registered in September 2020, the PP 49/2020 relief (99 % off JKK and JKM) prices the month.
    const relief = await api<{ contributionQuote: { total: number } }>(
      browser,
      '{ contributionQuote(onDate: "2020-09-01", programs: [JKK, JKM, JHT], declaredIncome: 2500000) { total } }',
      {},
      token,
    );
    const registeredOn = page.getByLabel("Tanggal pendaftaran");
    const today = await registeredOn.inputValue();
    await registeredOn.fill("2020-09-01");
    await totalRow.getByText(rupiah(relief.contributionQuote.total), { exact: true }).waitFor();
    await preview.getByText(/Relaksasi PP 49\/2020/).waitFor();
    await registeredOn.fill(today);
    await totalRow.getByText(rupiah(quote.contributionQuote.total), { exact: true }).waitFor();

    await page.getByRole("button", { name: "Simpan pendaftaran" }).click();
    await page.getByText("6 digit pertama NIK harus kode kecamatan yang ada.").waitFor();
    expect(await nikError(page)).toBe("6 digit pertama NIK harus kode kecamatan yang ada.");
    expect(page.url()).toMatch(/\/peserta\/baru$/);
    expect(await participantsTotal(browser, token)).toBe(before);
    if (options.screenshots) await browser.screenshot(page, "peserta-nik-salah");

    await page.getByRole("textbox", { name: "NIK", exact: true }).fill(nik);
    await page.getByRole("button", { name: "Simpan pendaftaran" }).click();
    await page.waitForURL((url) => /^\/peserta\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/baru"));
    await page.getByRole("heading", { level: 1, name: options.name }).waitFor();
    expect(await participantsTotal(browser, token)).toBe(before + 1);
    // Operational roles see their own participants' NIK in clear.
    await page.getByText(nik, { exact: true }).waitFor();
    await page.getByText("Belum ada iuran tercatat.").waitFor();

    await page.getByRole("button", { name: "Catat iuran" }).click();
    const month = new Intl.DateTimeFormat("id-ID", { month: "long", year: "numeric", timeZone: "Asia/Jakarta" }).format(
      new Date(),
    );
    const paid = page.getByRole("table", { name: "Iuran" }).getByRole("row", { name: new RegExp(month) });
    await paid.waitFor();
    expect(await paid.textContent()).toContain(rupiah(quote.contributionQuote.total));
    await page.getByText("1 bulan iuran tercatat").waitFor();
    if (options.screenshots) await browser.screenshot(page, "peserta-detail");

    // Back on the list (no reload): the cache was invalidated, so the total counts the new participant.
    await page.getByRole("link", { name: "Peserta", exact: true }).click();
    await page.getByText(`${new Intl.NumberFormat("id-ID").format(before + 1)} peserta ditemukan`).waitFor();
  }

  /** The list narrowed to the new participant by name (the filter lands in the URL), exported as CSV. */
  async function exportFound(page: Page, name: string, nik: string) {
    await page.getByLabel("Nama atau nomor KPJ").fill(name);
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL((url) => url.searchParams.get("cari") === name);
    await page.getByText("1 peserta ditemukan").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ekspor CSV" }).click(),
    ]);
    const csv = await new Promise<string>((resolve, reject) => {
      download
        .createReadStream()
        .then((stream) => {
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
          stream.on("error", reject);
        })
        .catch(reject);
    });
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("kpj_number,name,nik");
    expect(lines[1]).toContain(`${name},${nik}`);
  }

  it("lets the Batam office admin enrol through one of the office's agents and record a contribution", async () => {
    const page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.batamAdmin);
    const token = await tokenOf(browser, DEMO_ACCOUNTS.batamAdmin);
    await enrol(page, token, validNik("217106", "520390"), {
      name: "Uji Peserta Admin",
      chooseAgent: true,
      screenshots: true,
    });
    await page.close();
  });

  it("lets the Batam agent enrol as themself and record a contribution", async () => {
    const page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.batamAgent);
    const token = await tokenOf(browser, DEMO_ACCOUNTS.batamAgent);
    const nik = validNik("217110", "010185");
    await enrol(page, token, nik, { name: "Uji Peserta Agen", chooseAgent: false, screenshots: false });
    await exportFound(page, "Uji Peserta Agen", nik);

    // In English the form and its preview speak English, with English number formats.
    await page.getByLabel("Bahasa").selectOption("en");
    await page.goto(browser.url("/peserta/baru"));
    await page.getByRole("heading", { level: 1, name: "Enrol a new participant" }).waitFor();
    const preview = page.getByRole("region", { name: "Monthly contribution" });
    await preview
      .getByRole("row", { name: /Total per month/ })
      .getByText("Rp16,800", { exact: true })
      .waitFor();
    await browser.screenshot(page, "peserta-daftar-baru-en");
    await page.close();
  });

  it("shows the analyst masked NIKs and no enrolment", async () => {
    const page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.analyst);
    await page.getByRole("link", { name: "Peserta", exact: true }).click();
    await page.getByText(/peserta ditemukan/).waitFor();
    const firstRow = page.getByRole("table", { name: "Peserta BPU" }).getByRole("row").nth(1);
    const cells = await firstRow.getByRole("cell").allTextContents();
    expect(cells.some((cell) => /^\d{4}\*{12}$/.test(cell))).toBe(true);
    expect(await page.getByRole("link", { name: "Daftarkan peserta" }).count()).toBe(0);
    // Sorting by a column header is part of the URL, so a shared link shows the same order.
    await page.getByRole("button", { name: /^Nama/ }).click();
    await page.waitForURL((url) => url.searchParams.get("urut") === "NAME");
    await page.getByRole("columnheader", { name: /Nama/ }).and(page.locator('[aria-sort="ascending"]')).waitFor();
    // The analyst never reveals a person: no reveal button on the participant's page either.
    await firstRow.getByRole("link").first().click();
    await page.getByRole("heading", { level: 2, name: "Data peserta" }).waitFor();
    expect(await page.getByRole("button", { name: "Tampilkan data pribadi" }).count()).toBe(0);
    await page.goto(browser.url("/peserta/baru"));
    await page.getByText("Peran Anda tidak dapat mendaftarkan peserta.").waitFor();
    await page.close();
  });

  it("lets the national coordinator reveal a masked NIK for a stated reason", async () => {
    const page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.national);
    await page.getByRole("link", { name: "Peserta", exact: true }).click();
    const firstRow = page.getByRole("table", { name: "Peserta BPU" }).getByRole("row").nth(1);
    await firstRow.getByRole("link").first().click();
    const nik = page.getByRole("definition").first();
    await page.getByRole("heading", { level: 2, name: "Data peserta" }).waitFor();
    expect(await nik.textContent()).toMatch(/^\d{4}\*{12}$/);
    await page.getByRole("button", { name: "Tampilkan data pribadi" }).click();
    await page.getByLabel("Alasan").fill("Verifikasi klaim JKK no. 2026/118");
    await page.getByRole("button", { name: "Tampilkan", exact: true }).click();
    await page
      .getByRole("heading", { name: "Tampilkan NIK, telepon dan tanggal lahir" })
      .waitFor({ state: "detached" });
    expect(await nik.textContent()).toMatch(/^\d{16}$/);
    await page.close();
  });
});
