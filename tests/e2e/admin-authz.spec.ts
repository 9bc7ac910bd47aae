// The authorisation matrix against the production server: every admin page, route handler and
// server action (lib/admin/admin-routes.ts, read from the code's guards), as anonymous, as REVIEWER
// where ADMIN is needed, and with the `x-middleware-subrequest` header that bypassed middleware in
// CVE-2025-29927.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRequestContext, BrowserContext } from "@playwright/test";
import {
  ADMIN_PAGES,
  ADMIN_ROUTE_HANDLERS,
  SAMPLE_ID,
  SERVER_ACTIONS,
} from "../../lib/admin/admin-routes";
import { expect, signedInContext, test } from "./fixtures";

const BYPASS_HEADERS: Array<Record<string, string>> = [
  {},
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  {
    "x-middleware-subrequest":
      "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
  },
];

interface ManifestEntry {
  filename: string;
  exportedName: string;
  /** The pages whose bundle includes the action, as "app/admin/pledges/page". */
  workers: Record<string, unknown>;
}

/** Server actions of this build, by "file#name": their id and a page to POST them to. */
function builtActions(): Map<string, { id: string; page: string }> {
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, ManifestEntry> };
  const actions = new Map<string, { id: string; page: string }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers).find((name) => name.endsWith("/page")) ?? "";
    // English pages have no locale prefix; route groups are not in the URL.
    const page = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/^\/\[locale\]/, "")
      .replace(/\/\([^/]+\)/g, "")
      .replace(/\[[^/\]]+\]/g, SAMPLE_ID);
    actions.set(`${entry.filename}#${entry.exportedName}`, { id, page: page || "/" });
  }
  return actions;
}

let reviewerId: string;
let adminId: string;
let reviewerContext: BrowserContext;
let adminContext: BrowserContext;

test.beforeAll(async ({ browser, createStaff }) => {
  const reviewer = await createStaff("REVIEWER");
  reviewerId = reviewer.id;
  const admin = await createStaff("ADMIN");
  adminId = admin.id;
  reviewerContext = await signedInContext(browser, reviewer);
  adminContext = await signedInContext(browser, admin);
});

test.afterAll(async () => {
  await reviewerContext.close();
  await adminContext.close();
});

function expectRedirect(response: Awaited<ReturnType<APIRequestContext["get"]>>, target: RegExp) {
  const location = response.headers().location ?? "";
  expect([303, 307, 308], `status of ${response.url()}`).toContain(response.status());
  expect(location, `redirect of ${response.url()}`).toMatch(target);
}

test.describe("admin pages", () => {
  for (const page of ADMIN_PAGES.filter((entry) => entry.access !== "public")) {
    test(`${page.path} sends anonymous visitors to sign in, with or without bypass headers`, async ({
      request,
    }) => {
      for (const headers of BYPASS_HEADERS) {
        const response = await request.get(page.path, { headers, maxRedirects: 0 });
        expectRedirect(response, /^\/admin\/sign-in|\/admin\/sign-in/);
        expect(await response.text()).not.toContain("Signed in as");
      }
    });

    if (page.access === "ADMIN") {
      test(`${page.path} refuses a REVIEWER`, async () => {
        for (const headers of BYPASS_HEADERS) {
          const response = await reviewerContext.request.get(page.path, {
            headers,
            maxRedirects: 0,
          });
          // A real 403 on the page's own URL (app/admin/forbidden.tsx), not the page.
          expect(response.status(), page.path).toBe(403);
        }
      });
    }

    test(`${page.path} opens for ${page.access === "ADMIN" ? "an ADMIN" : "staff"}`, async () => {
      const response = await adminContext.request.get(page.path, { maxRedirects: 0 });
      // Detail pages of a sample id answer 404 once access is granted.
      expect([200, 404]).toContain(response.status());
      if (page.access === "REVIEWER" && !page.path.includes("0000-7000")) {
        const asReviewer = await reviewerContext.request.get(page.path, { maxRedirects: 0 });
        expect(asReviewer.status()).toBe(200);
      }
    });
  }
});

test.describe("admin route handlers", () => {
  for (const route of ADMIN_ROUTE_HANDLERS) {
    test(`${route.path} answers 401 to anonymous and 403 to a REVIEWER, whatever the headers`, async ({
      request,
    }) => {
      for (const method of route.methods) {
        for (const headers of BYPASS_HEADERS) {
          const anonymous = await request.fetch(route.path, { method, headers, maxRedirects: 0 });
          expect(anonymous.status()).toBe(401);
          const reviewer = await reviewerContext.request.fetch(route.path, {
            method,
            headers,
            maxRedirects: 0,
          });
          if (route.access === "ADMIN") expect(reviewer.status()).toBe(403);
          else expect(reviewer.ok()).toBe(true);
        }
        const admin = await adminContext.request.fetch(route.path, { method, maxRedirects: 0 });
        expect(admin.ok()).toBe(true);
        await admin.body();
      }
    });
  }
});

test.describe("admin server actions", () => {
  test("every action in the build is in the matrix", () => {
    const listed = new Set(SERVER_ACTIONS.map((action) => `${action.file}#${action.name}`));
    const built = [...builtActions().keys()];
    expect(built.length).toBeGreaterThan(0);
    expect(built.filter((key) => !listed.has(key))).toEqual([]);
  });

  for (const action of SERVER_ACTIONS.filter((entry) => entry.access !== "public")) {
    test(`${action.name} refuses anonymous callers${action.access === "ADMIN" ? " and REVIEWERs" : ""}, whatever the headers`, async ({
      db,
      request,
      baseURL,
    }) => {
      const built = builtActions().get(`${action.file}#${action.name}`);
      expect(built, `${action.name} is in the build`).toBeTruthy();
      const id = built?.id;
      // Nothing the refused reviewer does may reach the audit trail in their name. (Other browser
      // tests sign in and set up staff at the same time, so the trail as a whole keeps moving.)
      const refusedCallersTrail = () =>
        db.auditEntry.count({
          where: { actorId: reviewerId, NOT: { action: { startsWith: "auth." } } },
        });
      const auditBefore = await refusedCallersTrail();
      const callAction = (caller: APIRequestContext, headers: Record<string, string>) =>
        caller.post(built?.page ?? "/admin", {
          headers: {
            ...headers,
            "Next-Action": id ?? "",
            Accept: "text/x-component",
            "Content-Type": "text/plain;charset=UTF-8",
            Origin: baseURL ?? "",
          },
          data: "[]",
          maxRedirects: 0,
        });
      for (const headers of BYPASS_HEADERS) {
        // Anonymous: Next's client-side redirect instruction, to sign in.
        const anonymous = await callAction(request, headers);
        expect(anonymous.status(), action.name).toBeLessThan(400);
        expect(anonymous.headers()["x-action-redirect"] ?? "", action.name).toMatch(
          /\/admin\/sign-in/,
        );
        // A REVIEWER calling an ADMIN action: 403.
        if (action.access === "ADMIN") {
          const reviewer = await callAction(reviewerContext.request, headers);
          expect(reviewer.status(), action.name).toBe(403);
        }
      }
      // Nothing was done: no staff action reached the audit trail.
      expect(await refusedCallersTrail()).toBe(auditBefore);
    });
  }
});

test.describe("malformed calls to server actions", () => {
  // Anyone can call an action with any arguments. Each one answers such a call itself (an error
  // state, or a redirect with a notice): never an exception, never a 500, and nothing changes.
  const MALFORMED_BODIES = [
    "[]",
    '["not a form"]',
    '[{"ids":["x"]}, 5]',
    '[null, "decision=spam"]',
  ];

  for (const action of SERVER_ACTIONS) {
    test(`${action.name} answers a malformed call without a server error`, async ({
      db,
      baseURL,
    }) => {
      const built = builtActions().get(`${action.file}#${action.name}`);
      expect(built, `${action.name} is in the build`).toBeTruthy();
      const caller = action.access === "public" ? reviewerContext.request : adminContext.request;
      const staffTrail = () =>
        db.auditEntry.count({
          where: {
            actorId: { in: [reviewerId, adminId] },
            NOT: { action: { startsWith: "auth." } },
          },
        });
      const before = await staffTrail();
      for (const data of MALFORMED_BODIES) {
        const response = await caller.post(built?.page ?? "/", {
          headers: {
            "Next-Action": built?.id ?? "",
            Accept: "text/x-component",
            "Content-Type": "text/plain;charset=UTF-8",
            Origin: baseURL ?? "",
          },
          data,
          maxRedirects: 0,
        });
        expect(response.status(), `${action.name} with ${data}`).toBeLessThan(400);
        await response.body();
      }
      // The admin's own session survived the malformed sign-out, and no staff change was made.
      expect(
        (await adminContext.request.get("/admin", { maxRedirects: 0 })).status(),
        "still signed in",
      ).toBe(200);
      expect(await staffTrail()).toBe(before);
    });
  }
});
