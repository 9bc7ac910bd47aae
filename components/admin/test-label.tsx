import { getTranslations } from "next-intl/server";

/**
 * Marks test money (Stripe test mode or the emulator) wherever staff see it, so it is never taken
 * for real money (docs/decisions/027-donors-and-test-money.md).
 */
export async function TestLabel() {
  const t = await getTranslations({ locale: "en", namespace: "Admin.common" });
  return (
    <span
      data-testid="test-label"
      className="ms-1 inline-block rounded border border-amber-700 bg-amber-100 px-1.5 text-sm font-semibold text-black"
    >
      {t("test")}
    </span>
  );
}
