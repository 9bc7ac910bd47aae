// Auth.js's endpoints (sign-in callbacks, sign-out, session). The config is in lib/auth/auth.ts.
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
