import { describe, expect, it } from "vitest";
import { operatorFromEnv } from "@/lib/campaign/operator";
import { parseEnv } from "@/lib/env";

describe("campaign operator", () => {
  it("is not an official UN site unless the operator says so", () => {
    const operator = operatorFromEnv(parseEnv({}));
    expect(operator.isOfficialUnSite).toBe(false);
    expect(operator.beneficiary.name).toBe(
      "UN Voluntary Trust Fund for Victims of Trafficking in Persons",
    );
  });

  it("takes the operator and the beneficiary from configuration", () => {
    const operator = operatorFromEnv(
      parseEnv({
        OPERATOR_NAME: "Friends of the Blue Heart",
        OPERATOR_URL: "https://friends.example",
        OPERATOR_CONTACT_EMAIL: "privacy@friends.example",
        BENEFICIARY_NAME: "Example Fund",
        BENEFICIARY_URL: "https://fund.example",
        OFFICIAL_UN_SITE: "true",
      }),
    );
    expect(operator).toEqual({
      name: "Friends of the Blue Heart",
      url: "https://friends.example",
      contactEmail: "privacy@friends.example",
      beneficiary: { name: "Example Fund", url: "https://fund.example" },
      isOfficialUnSite: true,
    });
  });
});
