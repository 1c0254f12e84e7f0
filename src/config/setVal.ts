import { splice } from "./editText.ts";
import type { Fix, Val } from "./Target.ts";
import { replaceScalar } from "./yamlEdit.ts";

/** Replace a value in place, written the way the format writes it. */
export function setVal(text: string, v: Val, value: string): string {
  switch (v.style) {
    case "alloy-string":
      return splice(text, v.start, v.end, JSON.stringify(value));
    case "raw":
    case "inner":
      return splice(text, v.start, v.end, value);
    default:
      return replaceScalar(text, v, value);
  }
}

/** The fix that sets one value. */
export const setTo =
  (v: Val, value: string): Fix =>
  (text) =>
    setVal(text, v, value);
