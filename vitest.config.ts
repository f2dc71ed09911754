import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'

// Tests read the packages' TypeScript sources, never a possibly stale dist/:
// the 'fordela-source' export condition must apply to Vite's SSR environment,
// which is where vitest runs Node tests.
const conditions = ['fordela-source', 'node', 'import', 'default']

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['fordela-source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // Every CLI a test starts (the action, the screenshots, the helpers) keeps
    // its code cache in the temp folder, never in the home folder; the same
    // folder packages/cli/test/helpers/run-cli.ts names.
    env: { FORDELA_CACHE_DIR: join(tmpdir(), `fordela-test-code-cache-${process.getuid?.() ?? 'user'}`) },
  },
})
