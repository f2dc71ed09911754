#!/usr/bin/env node
// `npm run screenshots:studio`: the pictures of the studio in docs/sv/bilder,
// taken from the built app served by the built `fordela studio` in Debian's
// Chromium (the browser tests' flags, a fresh profile). Build first
// (npm run build), then look at every picture before committing it.
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { startStudioServer } from './start-studio-server.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const bilder = join(repo, 'docs/sv/bilder')

/** Scrolls the editor with the wheel until a line holding `text` is drawn, and puts it a third down the editor. */
async function showLine(page, text) {
  const line = page.locator('.cm-line', { hasText: text }).first()
  const box = await page.locator('.cm-scroller').boundingBox()
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  for (let tries = 0; tries < 200 && (await page.locator('.cm-line', { hasText: text }).count()) === 0; tries++)
    await page.mouse.wheel(0, 300)
  await line.evaluate((element) => {
    const scroller = element.closest('.cm-scroller')
    scroller.scrollTop +=
      element.getBoundingClientRect().top - scroller.getBoundingClientRect().top - scroller.clientHeight / 3
  })
  await page.waitForTimeout(200)
  return line
}

async function shoot(page, name, clip) {
  const file = join(bilder, name)
  await page.mouse.move(0, 0)
  await page.screenshot({ path: file, ...(clip ? { clip } : {}) })
  console.log(`${name}: ${Math.round(statSync(file).size / 1024)} kB`)
}

const workspace = mkdtempSync(join(tmpdir(), 'fordela-studio-shots-'))
cpSync(join(repo, 'examples'), workspace, { recursive: true })
const profile = mkdtempSync(join(tmpdir(), 'fordela-chromium-shots-'))
const studio = await startStudioServer(workspace)
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.FORDELA_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 860 },
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
  ],
})
try {
  const page = await context.newPage()
  page.on('dialog', (dialog) => dialog.accept())
  await page.goto(`${studio.origin}/`)
  await page.locator('#example-list a').first().waitFor()
  await shoot(page, 'studio-start.png', { x: 0, y: 0, width: 1400, height: 520 })

  await page.goto(`${studio.origin}/?example=vg-2025-lansgemensamma-medel`)
  await page.locator('#panel-memo h1').waitFor()
  await showLine(page, '- id: strategi')
  await shoot(page, 'studio-oversikt.png')

  const line = await showLine(page, 'amount: 2 000 000')
  await line.click({ position: { x: 4, y: 4 } })
  await page.keyboard.press('End')
  for (let i = 0; i < 9; i++) await page.keyboard.press('Backspace')
  await page.keyboard.type('2 500 000')
  // The overspent finding marks the amount that overspends the fund.
  const mark = page.locator('.cm-line', { hasText: 'amount: 2 500 000' }).locator('.cm-lintRange-error').first()
  await mark.waitFor()
  await page.waitForTimeout(300)
  // On the figure, so the finding's tooltip opens (not the key's schema help).
  const markBox = await mark.boundingBox()
  await mark.hover({ position: { x: markBox.width / 2, y: markBox.height / 2 } })
  await page.locator('.cm-tooltip-lint').waitFor()
  const editor = await page.locator('#editor-region').boundingBox()
  await page.screenshot({
    path: join(bilder, 'studio-fynd.png'),
    clip: {
      x: editor.x,
      y: editor.y,
      width: Math.min(1400 - editor.x, editor.width + 420),
      height: Math.min(editor.height, 560),
    },
  })
  console.log('studio-fynd.png')

  const share = await showLine(page, 'share: 1/3')
  await share.locator('.cm-amount').hover()
  await page.locator('.cm-derivation').waitFor()
  await page.waitForTimeout(200)
  await page.screenshot({
    path: join(bilder, 'studio-forklaring.png'),
    clip: {
      x: editor.x,
      y: editor.y,
      width: Math.min(1400 - editor.x, editor.width + 420),
      height: Math.min(editor.height, 560),
    },
  })
  console.log('studio-forklaring.png')
  await page.mouse.move(0, 0)

  await page.click('#tab-changes')
  const side = await page.locator('.side').boundingBox()
  await page.screenshot({
    path: join(bilder, 'studio-andringar.png'),
    clip: { x: side.x, y: side.y, width: side.width, height: 420 },
  })
  console.log('studio-andringar.png')
  await page.click('#tab-parties')
  await page.screenshot({
    path: join(bilder, 'studio-vem-far-vad.png'),
    clip: { x: side.x, y: side.y, width: side.width, height: 420 },
  })
  console.log('studio-vem-far-vad.png')
} finally {
  await context.close()
  studio.stop()
  rmSync(profile, { recursive: true, force: true })
  rmSync(workspace, { recursive: true, force: true })
}
