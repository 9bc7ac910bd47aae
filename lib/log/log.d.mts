import type { AsyncLocalStorage } from "node:async_hooks";
import type { DestinationStream, Logger } from "pino";

export const requestContext: AsyncLocalStorage<{ requestId: string }>;
export function scrub(text: string): string;
export function serializeError(error: unknown, depth?: number): unknown;
export function createLog(options?: { level?: string; destination?: DestinationStream }): Logger;
