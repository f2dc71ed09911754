import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Debian's Chromium (apt-get install -y chromium). */
export const chromiumPath = '/usr/bin/chromium'

/** A page to photograph: its HTML, and the size of the window in CSS pixels. */
export interface Shot {
  readonly html: string
  readonly width: number
  readonly height: number
}

/**
 * Writes `shot.html` to a temp file and has headless Chromium save a PNG of
 * its first `width × height` pixels to `pngFile`. Chromium runs with no
 * network services of its own, a fresh profile and no sandbox (the machine
 * runs as root), so it reads only the local page.
 */
export function takeScreenshot(shot: Shot, pngFile: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'fordela-shot-'))
  try {
    const page = join(dir, 'page.html')
    writeFileSync(page, shot.html)
    const chromium = spawnSync(
      chromiumPath,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        '--force-device-scale-factor=1',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--window-size=${shot.width},${shot.height}`,
        `--screenshot=${pngFile}`,
        pathToFileURL(page).href,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    )
    if (chromium.status !== 0) throw new Error(`chromium failed (${chromium.status}): ${chromium.stderr}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
