import { z } from "zod";
import { maskSecrets } from "../vocabulary/maskSecrets.ts";

/** The environment as it arrives: every value a string or absent. */
export type Env = Readonly<Record<string, string | undefined>>;

/** One environment variable: how it is validated and what the operator is told about it. */
export interface Variable<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** When it is needed, with its default, as the README's table says it: "always", "optional (3000)". */
  needed: string;
  /** What it does, one line. */
  meaning: string;
  /** How to fix a bad value: what to set it to, or where to find it. */
  fix: string;
}

/** One thing wrong with one variable. */
export interface Problem {
  variable: string;
  /** What is wrong, read after the name: "is missing", "is not a port number". */
  problem: string;
  /** How to fix it. */
  fix: string;
}

/** The data a part's variables parse to, by name. */
export type Parsed<V extends Record<string, Variable>> = { [K in keyof V]: z.output<V[K]["schema"]> };

/** The variables of one part of the settings (the Slack app, the probe, the store) and how they become settings. */
export interface Part<V extends Record<string, Variable>, T> {
  variables: V;
  /** Rules between variables (one needs another); on the raw values, so they hold even when a field is bad. */
  check(raw: Env): Problem[];
  /** The settings, from the parsed variables (and the raw values, for what the rules decided). */
  build(data: Parsed<V>, raw: Env): T;
}

export function definePart<V extends Record<string, Variable>, T>(part: Part<V, T>): Part<V, T> {
  return part;
}

export function variable<S extends z.ZodType>(v: Variable<S>): Variable<S> {
  return v;
}

/** A list variable's items: separated by commas or white space. */
export function items(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** An item quoted for a problem line: masked (a token pasted into the wrong variable stays hidden) and short. */
function quote(item: string): string {
  const masked = maskSecrets(item);
  return `"${masked.length > 40 ? `${masked.slice(0, 40)}…` : masked}"`;
}

/** A list of items that must each pass `ok`; the bad ones are named (only ever used for non-secret lists). */
export function list(ok: (item: string) => boolean, what: string) {
  return z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const bad = items(value).filter((i) => !ok(i));
      if (bad.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: `holds ${bad.map(quote).join(", ")}, which ${bad.length === 1 ? "is" : "are"} not ${what}`,
        });
      }
    })
    .transform(items);
}

/** A whole number from `min` to `max`, `fallback` when unset. */
export function wholeNumber(min: number, max: number, fallback: number, what = "a whole number") {
  return z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value === undefined) return;
      if (!/^\d{1,9}$/.test(value)) ctx.addIssue({ code: "custom", message: `is not ${what}` });
      else if (Number(value) < min || Number(value) > max)
        ctx.addIssue({ code: "custom", message: `is out of range (${min} to ${max})` });
    })
    .transform((value) => (value === undefined ? fallback : Number(value)));
}

const FLAG = ["1", "0", "true", "false", "yes", "no"] as const;

/** An on/off switch: 1, true, yes or 0, false, no; off when unset. */
export function flag() {
  return z
    .enum(FLAG, { error: "is not 1 or 0 (or true/false, yes/no)" })
    .optional()
    .transform((v) => v === "1" || v === "true" || v === "yes");
}

/** Any text; absent when unset. */
export function text() {
  return z.string().optional();
}

/** Text matching `pattern`, absent when unset. The value itself is never quoted back. */
export function matching(pattern: RegExp, problem: string) {
  return z
    .string()
    .optional()
    .refine((v) => v === undefined || pattern.test(v), problem);
}

export const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;
export const USER_ID = /^[UW][A-Z0-9]+$/;
