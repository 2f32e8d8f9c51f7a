import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, useBrowserStack } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/stack";

const NATIONAL = "Kantor Perisai OK OCE Progresif Nasional";
const KEPRI = "Kantor Perisai OK OCE Progresif Kepulauan Riau";
const BATAM = "Kantor Perisai OK OCE Progresif Batam";

const treeOf = (page: Page) => page.getByRole("tree", { name: "Pohon Kantor Perisai" });
const office = (page: Page, name: string) => treeOf(page).getByRole("treeitem", { name, exact: true });

/** Opens an office with the keyboard, as the tree pattern says: focus it, then the right arrow. */
async function expand(item: Locator) {
  await item.focus();
  await item.press("ArrowRight");
  await expect.poll(() => item.getAttribute("aria-expanded")).toBe("true");
}

/** Batam's sub-offices as the API counts them (three in the demo; other tests may open more). */
async function batamSubOffices(browser: ReturnType<typeof useBrowserStack>): Promise<number> {
  const { perisaiOffices } = await browser.api(
    "{ perisaiOffices(first: 1, filter: { pioneer: true }) { nodes { children { totalCount } } } }",
  );
  return perisaiOffices.nodes[0].children.totalCount;
}

describe.skipIf(!browserAvailable)("the network explorer (/jaringan)", () => {
  const browser = useBrowserStack();

  it("lets the national coordinator open the tree down to Batam and see its agents and counts", async () => {
    const page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.national);
    await page.getByRole("navigation", { name: /utama/i }).getByRole("link", { name: "Jaringan" }).click();
    await page.getByRole("heading", { level: 1, name: "Jaringan Kantor Perisai" }).waitFor();

    // The whole network (80 demo offices, plus any other tests created); only the national root shows until opened.
    const { perisaiOffices } = await browser.api("{ perisaiOffices(first: 1) { totalCount } }");
    await expect
      .poll(() => page.locator(".network-figures .figure").first().textContent())
      .toContain(perisaiOffices.totalCount.toLocaleString("id-ID"));
    // Roots: the national office, and any office another test opened outside the tree.
    const { perisaiOffices: all } = await browser.api("{ perisaiOffices(first: 100) { nodes { parent { id } } } }");
    const roots = all.nodes.filter((node: { parent: unknown }) => node.parent === null).length;
    expect(await treeOf(page).getByRole("treeitem").count()).toBe(roots);
    await expand(office(page, NATIONAL));
    expect(await treeOf(page).locator('[aria-level="2"]').count()).toBe(38);
    await expand(office(page, KEPRI));
    const batam = office(page, BATAM);
    await expand(batam);
    await page.waitForURL(/buka=/);

    // Batam's counts and its agents, loaded on opening (the first page, by agent number).
    const figures = await page.locator(`#${await batam.getAttribute("aria-describedby")}`).textContent();
    expect(figures).toContain(`${await batamSubOffices(browser)} sub-kantor`);
    expect(figures).toMatch(/\d[\d.]* dari \d[\d.]* agen aktif/);
    expect(figures).toMatch(/\d[\d.]* peserta aktif/);
    const firstAgent = treeOf(page).getByRole("treeitem", { name: /AP-2171-00001/ });
    await firstAgent.waitFor();
    expect(await firstAgent.getAttribute("aria-level")).toBe("4");
    expect(await page.getByRole("link", { name: "AP-2171-00001", exact: true }).getAttribute("href")).toMatch(
      /^\/agen\//,
    );
    expect(await page.getByRole("treeitem", { name: /Muat agen berikutnya \(100 dari/ }).count()).toBe(1);

    // Space selects; the details say what the office holds, and the selection is in the URL.
    await batam.focus();
    await batam.press(" ");
    await page.waitForURL(/pilih=/);
    const details = page.getByRole("region", { name: "Rincian" });
    await details.getByRole("heading", { name: BATAM }).waitFor();
    expect(await details.getByRole("link", { name: "Buka halaman kantor" }).getAttribute("href")).toMatch(
      /^\/kantor\//,
    );
    await browser.screenshot(page, "jaringan");

    // The URL reproduces the view: a reload shows the same offices open and Batam selected.
    await page.reload();
    await treeOf(page)
      .getByRole("treeitem", { name: /AP-2171-00001/ })
      .waitFor();
    const reloaded = office(page, BATAM);
    expect(await reloaded.getAttribute("aria-selected")).toBe("true");

    // Left closes an open office, then moves to its parent; Down moves to the next row.
    await reloaded.focus();
    await reloaded.press("ArrowLeft");
    await expect.poll(() => reloaded.getAttribute("aria-expanded")).toBe("false");
    expect(
      await treeOf(page)
        .getByRole("treeitem", { name: /AP-2171-00001/ })
        .count(),
    ).toBe(0);
    await reloaded.press("ArrowLeft");
    await expect.poll(() => office(page, KEPRI).evaluate((item) => item === document.activeElement)).toBe(true);
    await office(page, KEPRI).press("ArrowDown");
    await expect.poll(() => reloaded.evaluate((item) => item === document.activeElement)).toBe(true);
  });

  it("finds agent AP-2171-00001 by number, opens the way to it and reaches its page in three clicks", async () => {
    const page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.national);
    await page.getByRole("link", { name: "Jaringan" }).click(); // 1
    await page.getByLabel("Cari kantor atau agen").fill("AP-2171-00001");
    await page.getByRole("button", { name: "Cari", exact: true }).click(); // 2
    await page.waitForURL(/cari=AP-2171-00001/);
    const agent = treeOf(page).getByRole("treeitem", { name: /AP-2171-00001/ });
    await agent.waitFor();
    for (const name of [NATIONAL, KEPRI, BATAM]) {
      expect(await office(page, name).getAttribute("aria-expanded")).toBe("true");
    }
    // Only the way to the match shows, not the 37 other provinces.
    expect(await treeOf(page).locator('[aria-level="2"]').count()).toBe(1);
    await page.getByRole("status").filter({ hasText: "1 agen cocok" }).waitFor();
    await page.getByRole("link", { name: "AP-2171-00001", exact: true }).click(); // 3
    await page.waitForURL(/\/agen\/[^/?]+$/);
    await page.getByText("AP-2171-00001").first().waitFor();
  });

  it("draws the network on a canvas and selects an office by clicking it", async () => {
    const page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.national);
    await page.goto(browser.url("/jaringan"));
    await page.getByRole("button", { name: "Graf" }).click();
    await page.waitForURL(/tampilan=graf/);
    const canvas = page.getByRole("img", { name: /Graf jaringan/ });
    await page.locator('canvas[data-agents-loaded="true"][data-frames]').waitFor();
    const totals = await browser.api("{ perisaiOffices(first: 1) { totalCount } agents(first: 1) { totalCount } }");
    const [offices, agents] = [totals.perisaiOffices.totalCount as number, totals.agents.totalCount as number];
    await page
      .getByRole("status")
      .filter({ hasText: `Menggambar ${offices} kantor dan ${agents.toLocaleString("id-ID")} agen` })
      .waitFor();
    expect(await canvas.getAttribute("data-nodes")).toBe(String(offices + agents));

    // Not blank: many pixels are neither the white background nor transparent.
    const inked = await canvas.evaluate((element: HTMLCanvasElement) => {
      const { data } = element.getContext("2d")!.getImageData(0, 0, element.width, element.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 700) count++;
      return count;
    });
    expect(inked).toBeGreaterThan(2000);

    // Keyboard zoom redraws; the national office sits in the middle and a click there selects it.
    const frames = Number(await canvas.getAttribute("data-frames"));
    await canvas.focus();
    await canvas.press("+");
    await expect.poll(async () => Number(await canvas.getAttribute("data-frames"))).toBeGreaterThan(frames);
    const zoomedFrames = Number(await canvas.getAttribute("data-frames"));
    await canvas.press("0");
    await expect.poll(async () => Number(await canvas.getAttribute("data-frames"))).toBeGreaterThan(zoomedFrames);
    // A click on a node selects it: the canvas says where its first office is drawn.
    const box = (await canvas.boundingBox())!;
    const first = JSON.parse((await canvas.getAttribute("data-first-node"))!) as { id: string; x: number; y: number };
    await page.mouse.click(box.x + first.x, box.y + first.y);
    await page.waitForURL((url) => url.searchParams.get("pilih") === first.id);
    await page.getByRole("heading", { level: 3 }).first().waitFor();
    console.info(
      `graph of ${offices} offices + ${agents} agents: layout ${await canvas.getAttribute("data-layout-ms")} ms, ` +
        `last frame ${await canvas.getAttribute("data-frame-ms")} ms, slowest frame ${await canvas.getAttribute("data-frame-max-ms")} ms ` +
        `over ${await canvas.getAttribute("data-frames")} frames, ${await canvas.getAttribute("data-drawn-nodes")} nodes drawn`,
    );
    await browser.screenshot(page, "jaringan-graf");
  });

  it("shows the Batam office admin only the Batam subtree", async () => {
    const page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.batamAdmin);
    await page.getByRole("link", { name: "Jaringan" }).click();
    const batam = office(page, BATAM);
    await batam.waitFor();
    expect(await treeOf(page).getByRole("treeitem").count()).toBe(1);
    expect(await batam.getAttribute("aria-level")).toBe("1");
    await expand(batam);
    const subOffices = await batamSubOffices(browser);
    expect(
      await treeOf(page).locator('[aria-level="2"][role="treeitem"]').filter({ hasText: "Kantor Perisai" }).count(),
    ).toBe(subOffices);
    expect(await page.getByText(NATIONAL).count()).toBe(0);

    // The same tree in English, Batam still open (the URL holds it).
    await page.getByLabel("Bahasa").selectOption("en");
    const englishTree = page.getByRole("tree", { name: "Kantor Perisai tree" });
    const batamEnglish = englishTree.getByRole("treeitem", { name: BATAM, exact: true });
    expect(await batamEnglish.getAttribute("aria-expanded")).toBe("true");
    const figures = await page.locator(`#${await batamEnglish.getAttribute("aria-describedby")}`).textContent();
    expect(figures).toContain(`${subOffices} sub-offices`);
    expect(figures).toMatch(/\d[\d,]* of \d[\d,]* agents active/);
  });
});
