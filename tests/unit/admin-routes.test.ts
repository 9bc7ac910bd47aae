// The authorisation matrix is read from the code (lib/admin/admin-routes.ts): every page, route
// handler and server action must declare who may use it, or this test fails.
import { describe, expect, it } from "vitest";
import {
  ADMIN_PAGES,
  ADMIN_ROUTE_HANDLERS,
  PUBLIC_ADMIN_PAGES,
  SERVER_ACTIONS,
  UNGUARDED,
} from "@/lib/admin/admin-routes";

// Money, personal-data exports, the audit trail and staff accounts are for admins only.
const ADMIN_ONLY = /^(app\/admin\/(donations|exports|audit|staff)\/|app\/api\/admin\/)/;
const ADMIN_ONLY_ACTIONS = /^components\/admin\/(donation|staff)-actions\.ts$/;

describe("the admin authorisation matrix", () => {
  it("finds a guard on every admin page, route handler and server action", () => {
    expect(UNGUARDED).toEqual([]);
  });

  it("reads the matrix from the code, not from a list", () => {
    // The areas that exist today; the matrix grows by itself with every new page or action.
    expect(ADMIN_PAGES.map((page) => page.file)).toContain("app/admin/pledges/[id]/page.tsx");
    expect(ADMIN_ROUTE_HANDLERS.map((route) => route.file)).toContain(
      "app/api/admin/exports/pledges/route.ts",
    );
    expect(SERVER_ACTIONS.map((action) => `${action.file}#${action.name}`)).toContain(
      "components/admin/pledge-actions.ts#erasePledgeFromForm",
    );
  });

  it("opens only the sign-in page to everyone", () => {
    const open = ADMIN_PAGES.filter((page) => page.access === "public").map((page) => page.file);
    expect(open).toEqual(Object.keys(PUBLIC_ADMIN_PAGES));
  });

  it("keeps money, exports, the audit trail and staff accounts for ADMINs", () => {
    for (const entry of [...ADMIN_PAGES, ...ADMIN_ROUTE_HANDLERS]) {
      if (ADMIN_ONLY.test(entry.file)) expect(entry.access, entry.file).toBe("ADMIN");
    }
    for (const action of SERVER_ACTIONS) {
      if (ADMIN_ONLY_ACTIONS.test(action.file)) expect(action.access, action.name).toBe("ADMIN");
    }
  });

  it("gives every staff action a role and lets only the session and public forms go without", () => {
    const publicActions = SERVER_ACTIONS.filter((action) => action.access === "public")
      .map((action) => `${action.file}#${action.name}`)
      .sort();
    expect(publicActions).toEqual([
      "components/admin/session-actions.ts#signInWithPassword",
      "components/admin/session-actions.ts#signInWithProvider",
      "components/admin/session-actions.ts#signOutAction",
      "components/donate/donate-actions.ts#startDonation",
      "components/donate/manage-gift-actions.ts#requestManageGiftLink",
      "components/pledge/confirm-pledge-actions.ts#confirmPledgeFromLink",
      "components/pledge/pledge-actions.ts#signPledge",
    ]);
  });

  it("gives each page a URL to check it at", () => {
    expect(ADMIN_PAGES.find((page) => page.file === "app/admin/page.tsx")?.path).toBe("/admin");
    expect(
      ADMIN_PAGES.find((page) => page.file === "app/admin/donations/[id]/page.tsx")?.path,
    ).toMatch(/^\/admin\/donations\/[0-9a-f-]{36}$/);
  });
});
