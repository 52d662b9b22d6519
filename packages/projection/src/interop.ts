/**
 * CommonJS interop for the graphology layout packages. Their typings declare
 * `export default`, which TypeScript (NodeNext) maps to a `.default` property,
 * while Node and bundlers hand the function itself to a default import. This
 * helper accepts both shapes, so the same code runs in Node, Vite and vitest.
 */

/** Returns `module.default` when present, else the module itself. */
export function interopDefault<T>(module: T): T extends { default: infer D } ? D : T {
  const candidate = (module as { default?: unknown }).default;
  return (candidate ?? module) as T extends { default: infer D } ? D : T;
}
