/**
 * The `packages/cli` folder, as a URL ending in `/`. This module sits one
 * folder below it in every form the CLI runs in — `src/` under vitest,
 * `dist/` after tsc, `bundle/` after esbuild — so files the CLI ships
 * (package.json, templates) are found from here, never relative to the
 * module that needs them.
 */
export const cliPackageRoot = new URL('../', import.meta.url)
