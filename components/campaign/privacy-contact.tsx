import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice";
import type { CampaignOperator } from "@/lib/campaign/operator";

const linkClass = "font-medium text-heart-800 underline";

type Props = {
  operator: Pick<CampaignOperator, "name" | "url" | "contactEmail">;
  /** The sentence that names the address, with the link in its place. */
  emailSentence: (link: ReactNode) => ReactNode;
  /** Said when no address is set. */
  notSet: string;
  /** Said before the link to the operator's website. */
  website: string;
};

/**
 * Where the privacy notice tells people to write. Never empty: without OPERATOR_CONTACT_EMAIL (which
 * only a development server allows; `npm start` refuses) it says so in plain sight.
 */
export function PrivacyContact({ operator, emailSentence, notSet, website }: Props) {
  if (operator.contactEmail !== undefined) {
    const link = (
      <a href={`mailto:${operator.contactEmail}`} dir="ltr" className={linkClass}>
        {operator.contactEmail}
      </a>
    );
    return <p>{emailSentence(link)}</p>;
  }
  return (
    <>
      <Notice>
        <p>{notSet}</p>
      </Notice>
      {operator.url === undefined ? null : (
        <p>
          {website}{" "}
          <a href={operator.url} className={linkClass}>
            {operator.name}
          </a>
        </p>
      )}
    </>
  );
}
