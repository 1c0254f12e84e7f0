import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** manifest.yml at the root, from src/slack/ and from dist/slack/ alike. */
export const MANIFEST_FILE = fileURLToPath(new URL("../../manifest.yml", import.meta.url));

/**
 * The bot scopes the install flow asks for: manifest.yml's oauth_config.scopes.bot, so the app
 * created from the manifest and the consent screen never disagree. Read once, at start.
 */
export function manifestScopes(file: string = MANIFEST_FILE): string[] {
  let manifest: unknown;
  try {
    manifest = parse(readFileSync(file, "utf8"));
  } catch (cause) {
    throw new Error(`could not read the bot scopes from ${file}: ${(cause as Error).message}`, { cause });
  }
  const scopes = (manifest as { oauth_config?: { scopes?: { bot?: unknown } } } | null)?.oauth_config?.scopes
    ?.bot;
  if (
    !Array.isArray(scopes) ||
    scopes.length === 0 ||
    !scopes.every((s) => typeof s === "string" && s !== "")
  ) {
    throw new Error(`${file} lists no bot scopes under oauth_config.scopes.bot`);
  }
  return scopes as string[];
}
