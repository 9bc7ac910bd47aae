// Password length rules, shared by the forms and the server (no server-only: forms show them).
/** The shortest password staff may choose; long passphrases beat complexity rules. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
