// zod, for the schemas the browser also runs (the pledge and donate forms). zod compiles object
// parsers with `new Function` when it may, and finds out by trying one: under our
// Content-Security-Policy (no 'unsafe-eval', decision 014) that probe is a reported violation.
// `jitless` makes it parse without generated code, and without asking.
import { z } from "zod";

z.config({ jitless: true });

export { z };
