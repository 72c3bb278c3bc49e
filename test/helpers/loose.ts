// For tests of run-time validation: the same function with every parameter typed `unknown`, so a test can feed
// it exactly what the published types forbid (JSON from another system is not type-checked either).
export function loose<A extends unknown[], R>(
  f: (...args: A) => R,
): (...args: { [K in keyof A]: unknown }) => R {
  return f as unknown as (...args: { [K in keyof A]: unknown }) => R;
}
