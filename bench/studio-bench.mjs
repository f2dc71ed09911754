#!/usr/bin/env node
/**
 * `npm run bench:studio`: the studio's speed in the same Debian Chromium the
 * browser tests use (headless, fresh profile), on the VG 2025 example served
 * by the built `fordela studio`:
 *
 * - first load → first findings: from the navigation's start until the
 *   first evaluation's findings and amounts are in the editor (the app
 *   records `performance.now()` then), over fresh pages;
 * - keystroke → findings and amounts: from the key press (the key event's
 *   time) until the editor update that draws the typed character with the
 *   new findings and amount widgets has run, for each of N keystrokes typed
 *   into an amount;
 * - keystroke → preview: until the memo, "vem får vad" and the changes are
 *   redrawn;
 * - the JavaScript of the whole app, gzipped (level 9).
 *
 * Prints the figures and writes them into docs/performance.md between the
 * studio markers (--no-write to only print). Options: --keys N (default
 * 200), --loads N (default 7), --delay MS between keystrokes (default 60).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { startStudioServer } from '../scripts/start-studio-server.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: {
    keys: { type: 'string', default: '200' },
    loads: { type: 'string', default: '7' },
    delay: { type: 'string', default: '60' },
    'no-write': { type: 'boolean', default: false },
  },
})
const keys = Number(values.keys)
const loads = Number(values.loads)
const delay = Number(values.delay)

/** The value below which `share` of the sorted samples lie (nearest rank). */
function percentile(samples, share) {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]
}

const format = (ms) => `${ms.toFixed(1)} ms`

const workspace = mkdtempSync(join(tmpdir(), 'fordela-studio-bench-'))
cpSync(join(repo, 'examples'), workspace, { recursive: true })
const profile = mkdtempSync(join(tmpdir(), 'fordela-chromium-bench-'))
const studio = await startStudioServer(workspace)
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.FORDELA_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1600, height: 1000 },
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
const load = loadavg()[0]
try {
  const exampleUrl = `${studio.origin}/?example=vg-2025-lansgemensamma-medel`
  const firstLoads = []
  for (let run = 0; run < loads; run++) {
    const page = await context.newPage()
    // A fresh start each time: no stored session, so the example is evaluated from its bundled files.
    await page.goto(`${studio.origin}/`)
    await page.evaluate(
      () =>
        new Promise((done) => {
          const request = indexedDB.deleteDatabase('keyval-store')
          request.onsuccess = request.onerror = request.onblocked = () => done()
        }),
    )
    await page.goto(exampleUrl)
    await page.waitForFunction(() => globalThis.fordelaStudioTimings?.firstDiagnostics.length > 0)
    firstLoads.push(await page.evaluate(() => globalThis.fordelaStudioTimings.firstDiagnostics[0]))
    await page.close()
  }

  const page = await context.newPage()
  await page.goto(exampleUrl)
  await page.waitForFunction(() => globalThis.fordelaStudioTimings?.firstDiagnostics.length > 0)
  // Into the NSPH line's amount; alternately type a digit and delete it, each a full re-evaluation.
  const line = page.locator('.cm-line', { hasText: 'amount: 2 000 000' })
  const scroller = await page.locator('.cm-scroller').boundingBox()
  await page.mouse.move(scroller.x + scroller.width / 2, scroller.y + scroller.height / 2)
  for (let tries = 0; tries < 200 && (await line.count()) === 0; tries++) await page.mouse.wheel(0, 300)
  await line.click({ position: { x: 4, y: 4 } })
  await page.keyboard.press('End')
  for (let key = 0; key < keys; key++) {
    await page.keyboard.press(key % 2 === 0 ? '5' : 'Backspace')
    await page.waitForTimeout(delay)
  }
  await page.waitForTimeout(300)
  const timings = await page.evaluate(() => globalThis.fordelaStudioTimings)
  const assets = join(repo, 'packages/studio/dist/assets')
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'))
  const gzipBytes = scripts.reduce(
    (sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length,
    0,
  )
  const rawBytes = scripts.reduce((sum, name) => sum + readFileSync(join(assets, name)).length, 0)
  const browserVersion =
    context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1]
  const result = {
    diagnostics: timings.diagnostics,
    preview: timings.preview,
    firstLoads,
    gzipBytes,
    rawBytes,
  }
  const rows = [
    [
      'Keystroke → findings and amounts (p50 / p95 / max)',
      `${format(percentile(result.diagnostics, 0.5))} / ${format(percentile(result.diagnostics, 0.95))} / ${format(Math.max(...result.diagnostics))}`,
      'p95 ≤ 16 ms',
    ],
    [
      'Keystroke → memo preview (p50 / p95 / max)',
      `${format(percentile(result.preview, 0.5))} / ${format(percentile(result.preview, 0.95))} / ${format(Math.max(...result.preview))}`,
      'p95 ≤ 100 ms',
    ],
    [
      'First load → first findings (median / max)',
      `${format(percentile(firstLoads, 0.5))} / ${format(Math.max(...firstLoads))}`,
      '≤ 1 000 ms',
    ],
    [
      'JavaScript, whole app (gzip -9 / raw)',
      `${(gzipBytes / 1024).toFixed(1)} kB / ${(rawBytes / 1024).toFixed(1)} kB`,
      '≤ 350 kB gzip',
    ],
  ]
  const report = [
    '<!-- studio-bench:start -->',
    '## Studio (issue 16)',
    '',
    'Generated by `npm run bench:studio` ([bench/studio-bench.mjs](../bench/studio-bench.mjs)): the built app served by the built',
    "`fordela studio`, in headless Debian Chromium (the browser tests' flags, a fresh profile), on the VG 2025 example.",
    '',
    `- Machine: ${cpus().length} cores, ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB RAM; Chromium ${browserVersion}; load average ${load.toFixed(2)} at the start (other work shares the cores: figures are noisy)`,
    `- ${result.diagnostics.length} edits measured (of ${keys} keystrokes, ${delay} ms apart: a digit typed into \`amount: 2 000 000\`, then deleted), ${firstLoads.length} fresh page loads`,
    '- "Findings and amounts": from the key press (the key event\'s time, so a key that waits for the page counts that wait) until the editor has drawn the typed character with the engine\'s findings and amount widgets for the new text, in one update (the edited file is parsed again and the workspace assembled from what was read; documents the edit does not reach keep their evaluation). "Memo preview": until the memo, "vem får vad" and the changes are redrawn. "First load": from the navigation\'s start until the first findings are in the editor.',
    '',
    '| What | Measured | Target |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '<!-- studio-bench:end -->',
  ].join('\n')
  console.log(report)
  if (!values['no-write']) {
    const file = join(repo, 'docs/performance.md')
    const text = readFileSync(file, 'utf8')
    const start = text.indexOf('<!-- studio-bench:start -->')
    const end = text.indexOf('<!-- studio-bench:end -->')
    const updated =
      start === -1
        ? `${text.trimEnd()}\n\n${report}\n`
        : `${text.slice(0, start)}${report}${text.slice(end + '<!-- studio-bench:end -->'.length)}`
    writeFileSync(file, updated)
  }
} finally {
  await context.close()
  studio.stop()
  rmSync(profile, { recursive: true, force: true })
  rmSync(workspace, { recursive: true, force: true })
}
