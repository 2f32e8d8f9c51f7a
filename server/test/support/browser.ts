import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { startStack, type RunningStack } from "../../src/runtime/stack";

export const CHROMIUM = "/usr/bin/chromium";
export const REPOSITORY = path.resolve(__dirname, "../../..");
export const SCREENSHOTS = path.join(REPOSITORY, "test-output/screenshots");
/** The built web app; PERISAI_TEST_WEB_DIST points at another build (e.g. one made from a work in progress). */
const WEB_DIST = process.env.PERISAI_TEST_WEB_DIST ?? path.join(REPOSITORY, "web/dist");

/** Browser tests need Debian's chromium (.ci/run installs it); elsewhere they are skipped and say so. */
export const browserAvailable = fs.existsSync(CHROMIUM) || process.env.CI === "true";

export interface BrowserStack {
  stack: RunningStack;
  browser: Browser;
  /** A fresh page (its own session storage) at 1300×900. */
  newPage(): Promise<Page>;
  /** Opens the app, signs in with the seeded demo password and waits for the menu. */
  signIn(page: Page, email: string): Promise<void>;
  /** Saves a full-page screenshot under test-output/screenshots/<name>.png. */
  screenshot(page: Page, name: string): Promise<void>;
  url(pathname: string): string;
  /** Runs an operation through the gateway as the given demo account (the national coordinator by default). */
  api<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, email?: string): Promise<T>;
}

/** Starts the whole stack serving the built web app, and a headless Chromium, for one test file. */
export function useBrowserStack(): BrowserStack {
  const context = {} as BrowserStack;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(WEB_DIST, "index.html"))) {
      const { build } = await import("vite");
      await build({ root: path.join(REPOSITORY, "web"), logLevel: "warn" });
    }
    context.stack = await startStack({
      databaseUrl: inject("databaseUrl"),
      authSecret: inject("authSecret"),
      webDir: WEB_DIST,
    });
    context.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.stack?.stop();
  });
  context.url = (pathname) => `${context.stack.gateway.url}${pathname}`;
  context.newPage = () => context.browser.newPage({ viewport: { width: 1300, height: 900 } });
  context.signIn = async (page, email) => {
    await page.goto(context.url("/masuk"));
    await page.getByLabel(/email/i).fill(email);
    await page.getByLabel(/sandi|password/i).fill(inject("demoPassword"));
    await page.getByRole("button", { name: /^(masuk|sign in)$/i }).click();
    await page.getByRole("navigation").first().waitFor();
    await page.waitForURL((url) => !url.pathname.startsWith("/masuk"));
  };
  const tokens = new Map<string, string>();
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(context.url("/graphql"), {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join("; "));
    return body.data;
  };
  context.api = async (query, variables = {}, email = "nasional@perisai.example") => {
    if (!tokens.has(email)) {
      const data = await post("mutation ($input: LoginInput!) { login(input: $input) { token } }", {
        input: { email, password: inject("demoPassword") },
      });
      tokens.set(email, data.login.token);
    }
    return post(query, variables, tokens.get(email));
  };
  context.screenshot = async (page, name) => {
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  };
  return context;
}
