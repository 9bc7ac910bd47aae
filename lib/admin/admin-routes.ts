// Every admin page, route handler and server action, with who may use it: the authorisation
// matrix. tests/unit/admin-routes.test.ts fails when a file on disk is missing from this list, and
// tests/e2e/admin-authz.spec.ts checks each entry against the running production server.
import type { Role } from "@/lib/generated/prisma/enums";

export type Access = Role | "public";

/** A syntactically valid id that matches no row, for dynamic segments. */
export const SAMPLE_ID = "01900000-0000-7000-8000-000000000000";

export interface AdminPage {
  file: string;
  /** A URL that renders the page. */
  path: string;
  access: Access;
}

export interface AdminRouteHandler {
  file: string;
  path: string;
  methods: readonly ("GET" | "POST" | "PUT" | "PATCH" | "DELETE")[];
  access: Access;
}

export interface AdminServerAction {
  file: string;
  name: string;
  access: Access;
  /** A page whose bundle includes the action, to POST it to. */
  page: string;
}

export const ADMIN_PAGES: readonly AdminPage[] = [
  { file: "app/admin/page.tsx", path: "/admin", access: "REVIEWER" },
  { file: "app/admin/sign-in/page.tsx", path: "/admin/sign-in", access: "public" },
  { file: "app/admin/pledges/page.tsx", path: "/admin/pledges", access: "REVIEWER" },
  {
    file: "app/admin/pledges/[id]/page.tsx",
    path: `/admin/pledges/${SAMPLE_ID}`,
    access: "REVIEWER",
  },
  { file: "app/admin/donations/page.tsx", path: "/admin/donations", access: "ADMIN" },
  {
    file: "app/admin/donations/[id]/page.tsx",
    path: `/admin/donations/${SAMPLE_ID}`,
    access: "ADMIN",
  },
  { file: "app/admin/exports/page.tsx", path: "/admin/exports", access: "ADMIN" },
  { file: "app/admin/audit/page.tsx", path: "/admin/audit", access: "ADMIN" },
  { file: "app/admin/staff/page.tsx", path: "/admin/staff", access: "ADMIN" },
];

export const ADMIN_ROUTE_HANDLERS: readonly AdminRouteHandler[] = [
  {
    file: "app/api/admin/exports/pledges/route.ts",
    path: "/api/admin/exports/pledges",
    methods: ["GET"],
    access: "ADMIN",
  },
  {
    file: "app/api/admin/exports/donations/route.ts",
    path: "/api/admin/exports/donations",
    methods: ["GET"],
    access: "ADMIN",
  },
];

export const ADMIN_SERVER_ACTIONS: readonly AdminServerAction[] = [
  // Ends the caller's own session: nothing to guard.
  { file: "app/admin/actions.ts", name: "signOutAction", access: "public", page: "/admin/sign-in" },
  // Signing in is open by nature; rate limits and the audit trail are inside.
  {
    file: "app/admin/sign-in/actions.ts",
    name: "signInWithPassword",
    access: "public",
    page: "/admin/sign-in",
  },
  {
    file: "app/admin/sign-in/actions.ts",
    name: "signInWithProvider",
    access: "public",
    page: "/admin/sign-in",
  },
  {
    file: "app/admin/pledges/actions.ts",
    name: "moderatePledge",
    access: "REVIEWER",
    page: "/admin/pledges",
  },
  {
    file: "app/admin/pledges/actions.ts",
    name: "moderatePledgesFromForm",
    access: "REVIEWER",
    page: "/admin/pledges",
  },
  {
    file: "app/admin/pledges/actions.ts",
    name: "erasePledgeFromForm",
    access: "ADMIN",
    page: "/admin/pledges",
  },
  {
    file: "app/admin/donations/actions.ts",
    name: "moderateDonationFromForm",
    access: "ADMIN",
    page: "/admin/donations",
  },
  {
    file: "app/admin/staff/actions.ts",
    name: "addStaffMember",
    access: "ADMIN",
    page: "/admin/staff",
  },
  {
    file: "app/admin/staff/actions.ts",
    name: "changeStaffMember",
    access: "ADMIN",
    page: "/admin/staff",
  },
];
