import { requireRole } from "@/lib/auth/require-role";

export default async function AdminDashboardPage() {
  await requireRole("REVIEWER", "/admin");
  return null;
}
