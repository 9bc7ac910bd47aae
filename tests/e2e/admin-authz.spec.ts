// The authorisation matrix against the production server: every admin page, route handler and
// server action (lib/admin/admin-routes.ts), as anonymous, as REVIEWER where ADMIN is needed, and
// with the `x-middleware-subrequest` header that bypassed middleware in CVE-2025-29927.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type APIRequestContext, type BrowserContext, expect, test } from "@playwright/test";
import {
  ADMIN_PAGES,
  ADMIN_ROUTE_HANDLERS,
  ADMIN_SERVER_ACTIONS,
} from "../../lib/admin/admin-routes";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createE2eStaff, e2eClient, signedInContext } from "../support/e2e-admin";

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
}

/** Server action ids of this build, by "file#name". */
function actionIds(): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, ManifestEntry> };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    ids.set(`${entry.filename}#${entry.exportedName}`, id);
  }
  return ids;
}

let client: PrismaClient;
let reviewerId: string;
let reviewerContext: BrowserContext;
let adminContext: BrowserContext;

test.beforeAll(async ({ browser }) => {
  client = e2eClient();
  const reviewer = await createE2eStaff(client, "REVIEWER");
  reviewerId = reviewer.id;
  const admin = await createE2eStaff(client, "ADMIN");
  reviewerContext = await signedInContext(browser, reviewer);
  adminContext = await signedInContext(browser, admin);
});

test.afterAll(async () => {
  await reviewerContext.close();
  await adminContext.close();
  await client.$disconnect();
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
      for (const headers of BYPASS_HEADERS) {
        const anonymous = await request.get(route.path, { headers, maxRedirects: 0 });
        expect(anonymous.status()).toBe(401);
        const reviewer = await reviewerContext.request.get(route.path, {
          headers,
          maxRedirects: 0,
        });
        expect(reviewer.status()).toBe(route.access === "ADMIN" ? 403 : 200);
      }
      const admin = await adminContext.request.get(route.path, { maxRedirects: 0 });
      expect(admin.status()).toBe(200);
      await admin.body();
    });
  }
});

test.describe("admin server actions", () => {
  test("every admin action in the build is in the matrix", () => {
    const listed = new Set(ADMIN_SERVER_ACTIONS.map((action) => `${action.file}#${action.name}`));
    const built = [...actionIds().keys()].filter((key) =>
      /^(app\/admin|components\/admin|lib\/admin)\//.test(key),
    );
    expect(built.filter((key) => !listed.has(key))).toEqual([]);
  });

  for (const action of ADMIN_SERVER_ACTIONS.filter((entry) => entry.access !== "public")) {
    test(`${action.name} refuses anonymous callers${action.access === "ADMIN" ? " and REVIEWERs" : ""}, whatever the headers`, async ({
      request,
      baseURL,
    }) => {
      const id = actionIds().get(`${action.file}#${action.name}`);
      expect(id, `${action.name} is in the build`).toBeTruthy();
      // Nothing the refused reviewer does may reach the audit trail in their name. (Other browser
      // tests sign in and set up staff at the same time, so the trail as a whole keeps moving.)
      const refusedCallersTrail = () =>
        client.auditEntry.count({
          where: { actorId: reviewerId, NOT: { action: { startsWith: "auth." } } },
        });
      const auditBefore = await refusedCallersTrail();
      const callAction = (caller: APIRequestContext, headers: Record<string, string>) =>
        caller.post(action.page, {
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
