import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStack, type RunningStack } from "../../src/runtime/stack";

const CHROMIUM = "/usr/bin/chromium";
const REPOSITORY = path.resolve(__dirname, "../../..");
const WEB_DIST = path.join(REPOSITORY, "web/dist");
const SCREENSHOTS = path.join(REPOSITORY, "test-output/screenshots");

// Browser tests need Debian's chromium (.ci/run installs it); elsewhere they say why they did not run.
const available = fs.existsSync(CHROMIUM) || process.env.CI === "true";

describe.skipIf(!available)("the web app in Chromium", () => {
  let stack: RunningStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(WEB_DIST, "index.html"))) {
      const { build } = await import("vite");
      await build({ root: path.join(REPOSITORY, "web"), logLevel: "warn" });
    }
    stack = await startStack({
      databaseUrl: inject("databaseUrl"),
      authSecret: inject("authSecret"),
      webDir: WEB_DIST,
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("signs in and shows the national dashboard with real figures", async () => {
    const started = Date.now();
    await page.goto(`${stack.gateway.url}/`);
    await page.waitForURL(/\/masuk/);
    await page.screenshot({ path: path.join(SCREENSHOTS, "masuk.png") });
    await page.getByLabel(/email/i).fill("nasional@perisai.example");
    await page.getByLabel(/sandi/i).fill(inject("demoPassword"));
    await page.getByRole("button", { name: /masuk/i }).click();
    const kepri = page.getByRole("row", { name: /Kepulauan Riau/ });
    await kepri.waitFor();
    process.stdout.write(`dashboard rendered ${Date.now() - started} ms after opening the app\n`);
    await expect(kepri.textContent()).resolves.toContain("81.486");
    await page.screenshot({ path: path.join(SCREENSHOTS, "beranda.png") });
  });

  it("drills down from Kepulauan Riau to Kota Batam and its kecamatan", async () => {
    await page.getByRole("link", { name: "Kepulauan Riau" }).click();
    await page.getByRole("link", { name: "Kota Batam" }).click();
    await page.getByRole("row", { name: /Lubuk Baja/ }).waitFor();
    expect(page.url()).toMatch(/\/wilayah\/21\.71$/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Kota Batam");
    expect(await page.getByRole("row").count()).toBe(13);
    await page.screenshot({ path: path.join(SCREENSHOTS, "wilayah-kota-batam.png") });
  });
});
