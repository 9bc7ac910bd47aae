import { StaffAreaMessage } from "@/components/admin/staff-area-message";

// Rendered with HTTP 403 when a signed-in REVIEWER opens a page or calls an action that needs an
// ADMIN (requireRole calls forbidden()). Signed-out visitors are sent to sign in instead.
export default function Forbidden() {
  return <StaffAreaMessage reason="forbidden" />;
}
