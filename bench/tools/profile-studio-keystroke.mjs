#!/usr/bin/env node
// Records a CPU profile of the page's main thread while N keystrokes are
// typed into the VG example in the built studio (packages/studio/dist,
// served by the built `fordela studio`), after 20 keystrokes of warm-up; the
// same typing as bench/studio-bench.mjs. Summarize it with
// summarize-cpu-profile.mjs. Build unminified (`npx vite build --minify false`
// in packages/studio) to read function names.
// Usage: node bench/tools/profile-studio-keystroke.mjs [keys=100] [out=studio.cpuprofile]
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
const repo = join(dirname(fileURLToPath(import.meta.url)), '../..')
const { startStudioServer } = await import(join(repo, 'scripts/start-studio-server.mjs'))
const keys = Number(process.argv[2] ?? 100)
const out = process.argv[3] ?? 'studio.cpuprofile'
const workspace = mkdtempSync(join(tmpdir(), 'fordela-profile-ws-'))
cpSync(join(repo, 'examples'), workspace, { recursive: true })
const profileDir = mkdtempSync(join(tmpdir(), 'fordela-profile-chromium-'))
const studio = await startStudioServer(workspace)
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1600, height: 1000 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
})
try {
  const page = await context.newPage()
  await page.goto(`${studio.origin}/?example=vg-2025-lansgemensamma-medel`)
  await page.waitForFunction(() => globalThis.fordelaStudioTimings?.firstDiagnostics.length > 0)
  const line = page.locator('.cm-line', { hasText: 'amount: 2 000 000' })
  const scroller = await page.locator('.cm-scroller').boundingBox()
  await page.mouse.move(scroller.x + scroller.width / 2, scroller.y + scroller.height / 2)
  for (let tries = 0; tries < 200 && (await line.count()) === 0; tries++) await page.mouse.wheel(0, 300)
  await line.click({ position: { x: 4, y: 4 } })
  await page.keyboard.press('End')
  for (let key = 0; key < 20; key++) {
    await page.keyboard.press(key % 2 === 0 ? '5' : 'Backspace')
    await page.waitForTimeout(60)
  }
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 })
  await page.evaluate(() => {
    globalThis.fordelaStudioTimings.diagnostics.length = 0
  })
  await cdp.send('Profiler.start')
  for (let key = 0; key < keys; key++) {
    await page.keyboard.press(key % 2 === 0 ? '5' : 'Backspace')
    await page.waitForTimeout(60)
  }
  await page.waitForTimeout(300)
  const { profile } = await cdp.send('Profiler.stop')
  writeFileSync(out, JSON.stringify(profile))
  const t = await page.evaluate(() => globalThis.fordelaStudioTimings.diagnostics)
  const s = [...t].sort((a, b) => a - b)
  console.log(
    'n',
    s.length,
    'p50',
    s[Math.floor(s.length / 2)].toFixed(1),
    'p95',
    s[Math.ceil(s.length * 0.95) - 1].toFixed(1),
  )
} finally {
  await context.close()
  studio.stop()
  rmSync(profileDir, { recursive: true, force: true })
  rmSync(workspace, { recursive: true, force: true })
}
