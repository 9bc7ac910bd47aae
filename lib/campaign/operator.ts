import "server-only";
import { type Env, env } from "@/lib/env";

// Who runs this deployment and who the donations are for. These come from configuration, never from
// page text, so an operator cannot forget to change them and nothing claims to be the UN by default.

export type CampaignOperator = {
  name: string;
  url: string | undefined;
  contactEmail: string | undefined;
  beneficiary: { name: string; url: string | undefined };
  /** Only when true may a page present this site as an official United Nations site. */
  isOfficialUnSite: boolean;
};

type OperatorEnv = Pick<
  Env,
  | "OPERATOR_NAME"
  | "OPERATOR_URL"
  | "OPERATOR_CONTACT_EMAIL"
  | "BENEFICIARY_NAME"
  | "BENEFICIARY_URL"
  | "OFFICIAL_UN_SITE"
>;

export function operatorFromEnv(source: OperatorEnv): CampaignOperator {
  return {
    name: source.OPERATOR_NAME,
    url: source.OPERATOR_URL,
    contactEmail: source.OPERATOR_CONTACT_EMAIL,
    beneficiary: { name: source.BENEFICIARY_NAME, url: source.BENEFICIARY_URL },
    isOfficialUnSite: source.OFFICIAL_UN_SITE,
  };
}

/** The operator of this deployment. Read at build time for the static pages. */
export function getOperator(): CampaignOperator {
  return operatorFromEnv(env);
}
