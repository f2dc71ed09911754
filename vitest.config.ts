import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // Read the packages' TypeScript sources, not their built dist/.
    conditions: ['fordela-source'],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
  },
})
