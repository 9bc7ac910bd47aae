import { useTranslations } from "next-intl";
import { CallToAction } from "@/components/layout/call-to-action";

/** The home page's "Donate" button, beside "Sign the pledge" on the dark campaign band. */
export function DonateCallToAction() {
  const label = useTranslations("DonateNav")("donate");
  return <CallToAction href="/donate" look="outlined" label={label} />;
}
