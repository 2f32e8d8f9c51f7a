import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, useBrowserStack } from "../support/browser";
import { DEMO_ACCOUNTS } from "../support/stack";

const EVERY_MENU_ITEM = [
  "Beranda",
  "Jaringan",
  "Kantor",
  "Agen",
  "UMKM",
  "Peserta",
  "MoU",
  "Celah",
  "Komisi",
  "Tindak lanjut",
  "Impor",
  "Playground API",
];
const READ_ONLY_MENU = EVERY_MENU_ITEM.filter((item) => item !== "Impor");

// What each role finds in the menu (the server enforces the same rules; the menu only hides what can't be used).
const MENUS: Record<keyof typeof DEMO_ACCOUNTS, { role: string; menu: string[] }> = {
  national: { role: "Koordinator Nasional", menu: EVERY_MENU_ITEM },
  batamAdmin: { role: "Admin Kantor Perisai", menu: EVERY_MENU_ITEM },
  branchOfficer: { role: "Petugas Kantor Cabang", menu: READ_ONLY_MENU },
  batamAgent: {
    role: "Agen Perisai",
    menu: ["Beranda", "Agen", "UMKM", "Peserta", "Celah", "Komisi", "Tindak lanjut", "Playground API"],
  },
  analyst: { role: "Analis", menu: READ_ONLY_MENU },
};

async function menuItems(page: Page): Promise<string[]> {
  const items = await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link").allTextContents();
  return items.map((item) => item.trim());
}

describe.skipIf(!browserAvailable)("each demo role in the web app", () => {
  const browser = useBrowserStack();

  it.each(Object.entries(MENUS))(
    "%s signs in, sees its menu and the dashboard, and signs out",
    async (key, expected) => {
      const page = await browser.newPage();
      await browser.signIn(page, DEMO_ACCOUNTS[key as keyof typeof DEMO_ACCOUNTS]);
      await expect(page.locator(".user").textContent()).resolves.toContain(expected.role);
      expect(await menuItems(page)).toEqual(expected.menu);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await browser.screenshot(page, `peran-${key}`);
      await page.getByRole("button", { name: "Keluar" }).click();
      await page.waitForURL(/\/masuk$/);
      await page.close();
    },
  );

  it("opens the playground from the menu with the user's token and runs an example operation", async () => {
    const page = await browser.newPage();
    await browser.signIn(page, DEMO_ACCOUNTS.batamAdmin);
    const link = page.getByRole("link", { name: "Playground API" });
    expect(await link.getAttribute("target")).toBe("_blank");
    const [playground] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
    await playground.waitForLoadState();
    // The token moved from the fragment into the request headers and left the address bar.
    await playground.waitForFunction(() => !window.location.hash.includes("token="));
    // The first tab holds SignIn and Me: GraphiQL asks which one to run.
    await playground.locator(".graphiql-execute-button").click();
    await playground.getByRole("menuitem", { name: "Me" }).click();
    const result = playground.locator(".result-window");
    await result.getByText("admin.batam@perisai.example").waitFor();
    await browser.screenshot(playground, "playground");
    await playground.close();
    await page.close();
  });
});
