// Links to the official UN pages that this site supports but is not (unless OFFICIAL_UN_SITE).
export const UNODC_BLUE_HEART_URL = "https://www.unodc.org/blueheart/";
