import { StaffAreaMessage } from "@/components/admin/staff-area-message";

// Rendered with HTTP 404 when a staff page calls notFound() (an id that matches nothing). Our own
// page rather than Next's default one, whose inline style element the Content-Security-Policy
// refuses (docs/decisions/014-security-headers.md).
export default function AdminNotFound() {
  return <StaffAreaMessage reason="notFound" />;
}
