import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

/** Debian's Chromium, which .ci/run installs; no browser is ever downloaded. */
export const CHROMIUM = process.env.FORDELA_CHROMIUM ?? '/usr/bin/chromium'

/** Whether the browser is there. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM)
}

/**
 * A headless Chromium with a fresh profile of its own (removed on close),
 * quiet: no background requests, updates, sync or first-run pages.
 */
export async function launchChromium(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'fordela-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1600, height: 1000 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
