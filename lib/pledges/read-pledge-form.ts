/** The pledge form's fields as the plain object recordPledge takes (the same shape as the JSON API). */
export function readPledgeForm(formData: FormData): Record<string, unknown> {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    displayName: field("displayName"),
    email: field("email"),
    country: field("country"),
    message: field("message"),
    showOnWall: field("showOnWall"),
    consent: field("consent"),
    formToken: field("formToken"),
    website: field("website"),
  };
}
