import { maskSecrets } from "../vocabulary/maskSecrets.ts";

/** An error as a log field: message masked, Slack's error code kept, no stack of secrets. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: maskSecrets(String(error)) };
  const e = error as Error & { code?: unknown; data?: { error?: unknown } };
  return {
    type: e.name,
    message: maskSecrets(e.message),
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    ...(typeof e.data?.error === "string" ? { slackError: e.data.error } : {}),
  };
}
