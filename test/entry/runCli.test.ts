import { describe, expect, it } from "vitest";
import { CliError } from "../../src/entry/CliError.ts";
import { describeFailure, isEntryPoint } from "../../src/entry/runCli.ts";
import { SettingsError } from "../../src/settings/SettingsError.ts";
import { StoreError } from "../../src/store/StoreError.ts";

describe("describeFailure: one mapping of errors to what is printed and the exit status", () => {
  it("prints a bad environment as it is (already masked, written for the operator), status 2", () => {
    const error = new SettingsError([{ variable: "PORT", problem: "is not a port number", fix: "use 3000" }]);
    expect(describeFailure("report", error)).toEqual({ text: `${error.message}\n`, exitCode: 2 });
  });

  it("prints a CliError as it is, with its own status", () => {
    expect(describeFailure("kb", new CliError("no such gap", 1))).toEqual({
      text: "no such gap\n",
      exitCode: 1,
    });
  });

  it("names our codes, not a system error's, and masks what it prints", () => {
    const store = new StoreError("STORE_UNREACHABLE", "could not reach postgres://bot:s3cretpass@db:5432/x");
    const described = describeFailure("report", store);
    expect(described.exitCode).toBe(2);
    expect(described.text).toMatch(
      /^report: could not reach postgres:\/\/bot:\*{4}@db:5432\/x \[STORE_UNREACHABLE\]\n$/,
    );
    const enoent = Object.assign(new Error("ENOENT: no such file or directory, open 'x'"), {
      code: "ENOENT",
    });
    expect(describeFailure("diagnose", enoent).text).toBe(
      "diagnose: ENOENT: no such file or directory, open 'x'\n",
    );
    const parse = Object.assign(new TypeError("Unknown option '--x'"), {
      code: "ERR_PARSE_ARGS_UNKNOWN_OPTION",
    });
    expect(describeFailure("kb", parse).text).toBe("kb: Unknown option '--x'\n");
  });

  it("a module a test imports is not the entry point, so importing a CLI runs nothing", () => {
    expect(isEntryPoint(import.meta.url)).toBe(false);
  });
});
