/** A reference to a secret held elsewhere (`${TOKEN}`, `env("X")`), which we cannot check. */
export function isReference(value: string): boolean {
  return /\$\{?[A-Za-z_]|^env\(|\{\{/.test(value);
}
