import { useTranslations } from "next-intl";
import { CallToAction } from "@/components/layout/call-to-action";

/** The home page's "Sign the pledge" button, on the dark campaign band. */
export function PledgeCallToAction() {
  const label = useTranslations("SupporterCounter")("cta");
  return <CallToAction href="/pledge" look="filled" label={label} />;
}
