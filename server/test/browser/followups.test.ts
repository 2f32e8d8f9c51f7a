import type { Page } from "playwright-core";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { browserAvailable, useBrowserStack, type BrowserStack } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/stack";

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

interface Reminders {
  paymentReminders: { totalCount: number; nodes: { id: string; name: string }[] };
}
const REMINDERS = `query ($filter: PaymentReminderFilter) {
  paymentReminders(filter: $filter, first: 1) { totalCount nodes { id name } }
}`;

interface Proposals {
  terminationProposals: { totalCount: number; nodes: { agent: { id: string; name: string } }[] };
}
const PROPOSALS = `{ terminationProposals(first: 100) { totalCount nodes { agent { id name } } } }`;

const number = (value: number) => new Intl.NumberFormat("id-ID").format(value);
const monthName = (period: string) => {
  const [year, month] = period.split("-").map(Number);
  return new Intl.DateTimeFormat("id-ID", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
};
/** The month after the current one in Asia/Jakarta, as the API writes months. */
function nextJakartaMonth(): string {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" })
    .format(new Date())
    .split("-")
    .map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
}

describe.skipIf(!browserAvailable)("follow-ups in the web app", () => {
  const browser = useBrowserStack();
  let page: Page;

  /** A fresh page (its own session) signed in as the account. */
  async function signInAs(email: string) {
    await page?.close();
    page = await browser.newPage();
    await browser.signIn(page, email);
  }

  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(() => browser.screenshot(page, `gagal-${task.name.slice(0, 40).replaceAll(" ", "-")}`));
  });

  const tab = (name: string) =>
    page.getByRole("navigation", { name: "Daftar tindak lanjut" }).getByRole("link", { name, exact: true });
  const resultCount = () => page.locator(".result-count");

  it("shows an agent their own reminder list, most urgent first, and narrows it to lapsed participants", async () => {
    const token = await tokenOf(browser, DEMO_ACCOUNTS.batamAgent);
    const all = await api<Reminders>(browser, REMINDERS, {}, token);
    const lapsed = await api<Reminders>(browser, REMINDERS, { filter: { state: "LAPSED" } }, token);

    await signInAs(DEMO_ACCOUNTS.batamAgent);
    await page
      .getByRole("navigation", { name: "Navigasi utama" })
      .getByRole("link", { name: "Tindak lanjut", exact: true })
      .click();
    await page.waitForURL(/\/tindak-lanjut\/pengingat$/);
    await page.getByRole("heading", { name: "Pengingat iuran", level: 2 }).waitFor();
    // An agent's list is their own: no office or agent to choose, and no office lists to switch to.
    expect(await page.getByLabel("Kantor Perisai").count()).toBe(0);
    expect(await page.getByRole("link", { name: "Usulan pemberhentian" }).count()).toBe(0);

    const { totalCount, nodes } = all.paymentReminders;
    if (totalCount === 0) {
      await page.getByText("Tidak ada peserta yang menunggak").waitFor();
    } else {
      await expect.poll(() => resultCount().textContent()).toBe(`${number(totalCount)} peserta perlu diingatkan`);
      const table = page.getByRole("table", { name: "Peserta yang perlu diingatkan membayar iuran" });
      // The most urgent first, as the API orders them; its "Catat iuran" leads to the participant's page.
      const firstRow = table.getByRole("row").nth(1);
      expect(await firstRow.getByRole("rowheader").textContent()).toBe(nodes[0].name);
      expect(await firstRow.getByRole("link", { name: `Catat iuran ${nodes[0].name}` }).getAttribute("href")).toBe(
        `/peserta/${encodeURIComponent(nodes[0].id)}`,
      );
    }
    await browser.screenshot(page, "tindak-lanjut-pengingat");

    await page.getByLabel("Status iuran").selectOption({ label: "Nonaktif (lapsed)" });
    await page.waitForURL(/status=LAPSED/);
    if (lapsed.paymentReminders.totalCount === 0) {
      await page.getByText("Tidak ada peserta yang menunggak").waitFor();
    } else {
      await expect
        .poll(() => resultCount().textContent())
        .toBe(`${number(lapsed.paymentReminders.totalCount)} peserta perlu diingatkan`);
      const states = await page.locator(".badge-payment-overdue").count();
      expect(states).toBe(0);
    }
  });

  it("lets the Batam office admin keep a proposed agent with a reason, and the agent leaves the list", async () => {
    const adminToken = await tokenOf(browser, DEMO_ACCOUNTS.batamAdmin);
    const inBatam = await api<Proposals>(browser, PROPOSALS, {}, adminToken);
    const account = inBatam.terminationProposals.totalCount > 0 ? DEMO_ACCOUNTS.batamAdmin : DEMO_ACCOUNTS.national;

    await signInAs(DEMO_ACCOUNTS.batamAdmin);
    // The office's reminder list first: everyone in its scope who is behind, as the API counts them.
    const reminders = await api<Reminders>(browser, REMINDERS, {}, adminToken);
    await page.goto(browser.url("/tindak-lanjut/pengingat"));
    await expect.poll(() => tab("Pengingat iuran").getAttribute("aria-current")).toBe("page");
    await expect
      .poll(() => resultCount().textContent())
      .toBe(`${number(reminders.paymentReminders.totalCount)} peserta perlu diingatkan`);
    await browser.screenshot(page, "tindak-lanjut-pengingat-kantor");

    await tab("Usulan pemberhentian").click();
    await page.waitForURL(/\/tindak-lanjut\/pemberhentian$/);
    await expect.poll(() => tab("Usulan pemberhentian").getAttribute("aria-current")).toBe("page");
    if (account === DEMO_ACCOUNTS.national) {
      // No proposal in Batam: the page says so, and the national coordinator decides one elsewhere.
      await page.getByText("Tidak ada usulan pemberhentian.").waitFor();
      await signInAs(DEMO_ACCOUNTS.national);
      await page.goto(browser.url("/tindak-lanjut/pemberhentian"));
    }
    const token = account === DEMO_ACCOUNTS.national ? await tokenOf(browser, account) : adminToken;
    const before = await api<Proposals>(browser, PROPOSALS, {}, token);
    expect(before.terminationProposals.totalCount).toBeGreaterThan(0);
    await expect
      .poll(() => resultCount().textContent())
      .toBe(`${number(before.terminationProposals.totalCount)} usulan`);

    const agent = before.terminationProposals.nodes[0].agent;
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: agent.name }) });
    // Why the agent is proposed: the months considered, with their counts.
    const months = card.getByRole("table", { name: "Bulan yang dipertimbangkan" });
    expect(await months.getByRole("row").count()).toBeGreaterThanOrEqual(4);
    await browser.screenshot(page, "tindak-lanjut-pemberhentian");

    await card.getByRole("button", { name: "Pertahankan" }).click();
    const dialog = page.getByRole("dialog", { name: `Pertahankan ${agent.name}?` });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Ya, pertahankan" }).click();
    await dialog.getByText("Tuliskan alasan keputusan.").waitFor();
    await browser.screenshot(page, "tindak-lanjut-pemberhentian-dialog");
    await dialog.getByLabel(/Alasan/).fill("Sedang cuti melahirkan; kembali aktif bulan depan");
    await dialog.getByRole("button", { name: "Ya, pertahankan" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `${agent.name} dipertahankan.` })
      .waitFor();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("heading", { name: agent.name }).waitFor({ state: "detached" });

    const after = await api<Proposals>(browser, PROPOSALS, {}, token);
    expect(after.terminationProposals.totalCount).toBe(before.terminationProposals.totalCount - 1);
    expect(after.terminationProposals.nodes.map((node) => node.agent.id)).not.toContain(agent.id);
    await expect
      .poll(() => resultCount().textContent())
      .toBe(`${number(after.terminationProposals.totalCount)} usulan`);
  });

  it("shows the national coordinator the offices under review and sets an office's target for next month", async () => {
    const token = await tokenOf(browser, DEMO_ACCOUNTS.national);
    const review = await api<{
      officeReviewList: { totalCount: number; nodes: { office: { id: string; name: string } }[] };
    }>(browser, "{ officeReviewList(first: 1) { totalCount nodes { office { id name } } } }", {}, token);
    const batam = await api<{ perisaiOffices: { nodes: { id: string; name: string }[] } }>(
      browser,
      '{ perisaiOffices(filter: { search: "Progresif Batam" }, first: 1) { nodes { id name } } }',
      {},
      token,
    );

    await signInAs(DEMO_ACCOUNTS.national);
    await page.goto(browser.url("/tindak-lanjut/pengingat"));
    await tab("Tinjauan kantor").click();
    await page.waitForURL(/\/tindak-lanjut\/tinjauan-kantor$/);
    let office = batam.perisaiOffices.nodes[0];
    if (review.officeReviewList.totalCount === 0) {
      await page.getByText("Tidak ada kantor dalam tinjauan.").waitFor();
      await browser.screenshot(page, "tinjauan-kantor");
      await page.goto(browser.url(`/tindak-lanjut/tinjauan-kantor/${encodeURIComponent(office.id)}`));
    } else {
      office = review.officeReviewList.nodes[0].office;
      await expect
        .poll(() => resultCount().textContent())
        .toBe(`${number(review.officeReviewList.totalCount)} kantor dalam tinjauan`);
      await page.getByRole("table", { name: "Bulan di bawah minimum" }).first().waitFor();
      await browser.screenshot(page, "tinjauan-kantor");
      await page.getByRole("link", { name: office.name, exact: true }).click();
    }
    await page.getByRole("heading", { name: `Capaian target: ${office.name}` }).waitFor();
    // The last 12 months by default: a bar chart and a table with a row per month.
    await page.getByRole("img", { name: "Peserta baru per bulan terhadap target dan minimum" }).waitFor();
    const progress = page.getByRole("table", { name: "Target dan pendaftaran per bulan" });
    expect(await progress.getByRole("row").count()).toBe(13);

    const next = nextJakartaMonth();
    const form = page.getByRole("region", { name: "Ubah target" });
    expect(await form.getByLabel("Berlaku mulai bulan").inputValue()).toBe(next);
    // A minimum above the target is refused, next to the field.
    await form.getByLabel("Target peserta baru per bulan").fill("40");
    await form.getByLabel(/^Minimum/).fill("90");
    await form.getByRole("button", { name: "Simpan target" }).click();
    await expect.poll(() => form.getByLabel(/^Minimum/).getAttribute("aria-invalid")).toBe("true");

    await form.getByLabel("Target peserta baru per bulan").fill("137");
    await form.getByLabel(/^Minimum/).fill("83");
    await form.getByRole("button", { name: "Simpan target" }).click();
    await form.getByText(`Target mulai ${monthName(next)}: 137 peserta baru, minimum 83.`).waitFor();
    const history = page.getByRole("table", { name: "Riwayat target" });
    const row = history.getByRole("row").filter({ has: page.getByRole("rowheader", { name: monthName(next) }) });
    await expect.poll(() => row.first().textContent()).toContain("137");
    await browser.screenshot(page, "tinjauan-kantor-target");

    // The same view in English: headings, month names and the standing of each month.
    await page.getByRole("combobox", { name: "Bahasa" }).selectOption("en");
    await page.getByRole("heading", { name: `Target progress: ${office.name}` }).waitFor();
    const englishMonth = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${next}-01T00:00:00Z`),
    );
    await page.getByRole("table", { name: "Target history" }).getByRole("rowheader", { name: englishMonth }).waitFor();
    await browser.screenshot(page, "tinjauan-kantor-en");

    const stored = await api<{
      perisaiOffice: { targets: { validFrom: string; monthlyTarget: number; minimum: number }[] };
    }>(
      browser,
      "query ($id: ID!) { perisaiOffice(id: $id) { targets { validFrom monthlyTarget minimum } } }",
      { id: office.id },
      token,
    );
    expect(stored.perisaiOffice.targets).toContainEqual({ validFrom: next, monthlyTarget: 137, minimum: 83 });
  });
});
