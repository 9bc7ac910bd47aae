import { getTranslations } from "next-intl/server";
import { FLASH_NOTICE_ROUTE, readFlashNotice } from "@/lib/admin/flash-notice";
import { ForgetFlashNotice } from "./forget-flash-notice";
import { StatusNotice } from "./status-notice";

/** The outcome of the action that redirected here (lib/admin/flash-notice.ts), shown once. */
export async function FlashNotice() {
  const notice = await readFlashNotice();
  if (!notice) return null;
  const t = await getTranslations({ locale: "en", namespace: "Admin" });
  return (
    <>
      <StatusNotice message={t(notice.key, { count: notice.count ?? 0 })} tone={notice.tone} />
      <ForgetFlashNotice route={FLASH_NOTICE_ROUTE} />
    </>
  );
}
