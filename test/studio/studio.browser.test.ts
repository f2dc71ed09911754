import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { unzipSync, zipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeExampleStudio, openExampleStudio } from './example-studio.js'
import type { launchChromium } from './launch-chromium.js'
import {
  findEditorLine,
  openFresh,
  openFreshExample,
  readable,
  readStoredSession,
  watchContext,
  type PageWatch,
} from './studio-page.js'
import { startStudio, type RunningStudio } from './start-studio.js'

// The studio in Debian's Chromium, driven by playwright-core (.ci/run
// installs the browser; nothing is downloaded). The app is the built one,
// served by the built CLI's `fordela studio` as a user would run it.
const repo = fileURLToPath(new URL('../..', import.meta.url))
const bin = join(repo, 'packages/cli/bin/fordela.js')
const ALLOCATION = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
const axeSource = readFileSync(join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8')

let workspace: string
let studio: RunningStudio
let browser: Awaited<ReturnType<typeof launchChromium>>
let watch: PageWatch
let page: Page

beforeAll(async () => {
  ;({ workspace, studio, browser } = await openExampleStudio('fordela-studio-test-'))
  watch = watchContext(browser.context, studio.origin)
  page = await browser.context.newPage()
}, 60_000)

afterAll(() => closeExampleStudio({ workspace, studio, browser }))

/** The files of the studio's stored session as JSON, or "" while none is stored. */
const storedSessionFiles = async (page: Page) => JSON.stringify((await readStoredSession(page))?.files ?? '')

describe('the VG 2025 example in the browser', () => {
  it('opens from ?example= with the memo preview showing the total, 61 401 458 kr', async () => {
    await page.goto(`${studio.origin}/?example=vg-2025-lansgemensamma-medel`)
    // 7 000 000 (strategi, stated) + 200 000 000 × 1 767 016 / 10 551 707 = 33 492 514,53 → 33 492 514
    // (komplexa-behov) + 5 000 000 + 95 000 000 × 1 767 016 / 10 551 707 = 5 000 000 + 15 908 944,40 → 20 908 944
    // (suicidprevention) = 61 401 458 kr: the sum the memo's economic summary states.
    await page.locator('#panel-memo h1').waitFor()
    await expect.poll(async () => readable(await page.textContent('#panel-memo'))).toContain('61 401 458 kr')
    expect(readable(await page.textContent('#panel-memo h1'))).toBe(
      'Beslutsunderlag – Länsgemensamma medel psykisk hälsa 2025',
    )
  }, 60_000)

  it('downloads the memo byte for byte as fordela render writes it', async () => {
    // The example memo is a draft (its real claims and the agreement's missing data): render writes it and exits 1.
    const run = spawnSync(process.execPath, [bin, 'render', ALLOCATION], {
      cwd: join(repo, 'examples'),
      encoding: 'buffer',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    expect(run.status).toBe(1)
    const rendered = run.stdout
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-memo')])
    expect(download.suggestedFilename()).toBe('2025-lansgemensamma-medel.md')
    const bytes = readFileSync(await download.path())
    expect(bytes.length).toBeGreaterThan(1000)
    expect(bytes.equals(rendered)).toBe(true)
  }, 60_000)

  it('shows the overspent finding on the line and the new amount in its widget as 2 000 000 becomes 2 500 000 by typing', async () => {
    const line = await findEditorLine(page, 'amount: 2 000 000')
    // The line's own widget: a stated amount is what the line gives.
    await expect.poll(async () => readable(await line.locator('.cm-amount').textContent())).toBe('= 2 000 000 kr')
    // Into the line's indentation (not onto its widget), then to its end, as a user would.
    await line.click({ position: { x: 4, y: 4 } })
    await page.keyboard.press('End')
    for (let i = 0; i < '2 000 000'.length; i++) await page.keyboard.press('Backspace')
    await page.keyboard.type('2 500 000')
    const edited = page.locator('.cm-line', { hasText: 'amount: 2 500 000' })
    await expect.poll(async () => readable(await edited.locator('.cm-amount').textContent())).toBe('= 2 500 000 kr')
    // strategi has 7 000 000: 1 000 000 (VGR) + 4 × 1 000 000 (förbunden) + 2 500 000 (NSPH) = 7 500 000, 500 000 too much.
    // The engine puts the finding on the figure where the money runs out, the one just typed (the fund is its related place).
    const nsph = edited
    await expect.poll(async () => nsph.locator('.cm-lintRange-error').count()).toBeGreaterThan(0)
    await expect.poll(async () => readable(await page.textContent('#finding-list'))).toContain('sum/fund-overspent')
    expect(readable(await page.textContent('#finding-list'))).toContain(
      '500 000 kr mer än fonden strategi har (7 000 000 kr)',
    )
    // Hovering the line's mark shows the finding with its hint.
    await nsph.locator('.cm-lintRange-error').first().hover()
    await expect
      .poll(async () =>
        readable(
          await page
            .locator('.cm-tooltip')
            .allTextContents()
            .then((texts) => texts.join(' ')),
        ),
      )
      .toContain('sum/fund-overspent')
    // The fund's widget on `- id: strategi` still shows its 7 000 000; the section's total grows by 500 000.
    expect(readable(await page.textContent('#file-list'))).toContain('ändrad, inte sparad')
  }, 90_000)

  it('keeps the edit through a reload (IndexedDB)', async () => {
    // The session is stored 150 ms after the last change: wait until IndexedDB holds the edit
    // (idb-keyval's default database and store), not for a time that a busy machine may exceed.
    await expect.poll(() => storedSessionFiles(page)).toContain('amount: 2 500 000')
    const asked = watch.beforeUnloads
    await page.reload()
    // The edit is not saved to any file yet, so leaving asked first (and the test said yes).
    expect(watch.beforeUnloads).toBe(asked + 1)
    const line = await findEditorLine(page, 'amount: 2 500 000')
    await expect.poll(async () => readable(await line.locator('.cm-amount').textContent())).toBe('= 2 500 000 kr')
    expect(await page.locator('.cm-line', { hasText: 'amount: 2 000 000' }).count()).toBe(0)
  }, 60_000)

  it('explains a computed amount on hover as fordela explain does', async () => {
    // VGR's third of what is left of komplexa-behov after step 1: (33 492 514 − 1 000 000 − 4 × 1 000 000) / 3
    // = 9 497 504,67 → 9 497 505 (the engine's own explain test derives the same).
    const share = await findEditorLine(page, 'share: 1/3')
    await share.locator('.cm-amount').hover()
    const explained = execFileSync(
      process.execPath,
      [bin, 'explain', ALLOCATION, '--party', 'vgr', '--fund', 'komplexa-behov'],
      { cwd: join(repo, 'examples'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const tooltip = page.locator('.cm-derivation')
    await tooltip.waitFor()
    const first = readable(await tooltip.textContent()).split('\n')[0]!
    expect(first).toContain('9 497 505 kr')
    expect(explained.split('\n').map((text) => text.trim())).toContain(first.trim())
  }, 60_000)

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    // Evaluated through the DevTools protocol, which the page's CSP does not govern.
    await page.evaluate(axeSource)
    // A string, run in the page (whose globals the Node-side type-check does not know).
    const violations = (await page.evaluate(
      `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) })))`,
    )) as { id: string; impact: string; targets: string[] }[]
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual(
      [],
    )
  }, 60_000)

  it('left no console error, no request off its origin and no dialog', () => {
    expect(watch.errors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
    expect(watch.dialogs).toEqual([])
  })
})

describe('a hostile spec', () => {
  it('renders its script tags, images, links and control characters as text', async () => {
    const file = join(workspace, ALLOCATION)
    // No bidi override here: fordela reports one as an error (syntax/deceptive-character), and a spec with errors is not rendered.
    const hostileTitle =
      '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> [x](javascript:window.__pwned=3) \u001b[31mröd\u001b[0m \u0007'
    const yamlTitle = JSON.stringify(hostileTitle).replaceAll('\\u001b', '\\e').replaceAll('\\u0007', '\\a')
    const original = readFileSync(join(repo, 'examples', ALLOCATION), 'utf8')
    const marker = 'documentTitle: Beslutsunderlag – Länsgemensamma medel psykisk hälsa 2025'
    expect(original.split(marker)).toHaveLength(2)
    writeFileSync(file, original.replace(marker, `documentTitle: ${yamlTitle}`))
    const parties = join(workspace, 'vastra-gotaland/parter.yaml')
    const partyText = readFileSync(parties, 'utf8')
    expect(partyText.split('name: NSPH Väst')).toHaveLength(2)
    writeFileSync(
      parties,
      partyText.replace(
        'name: NSPH Väst',
        `name: ${JSON.stringify('<b>NSPH</b> <a href="javascript:x">Väst</a> | x |')}`,
      ),
    )
    const hostile = await browser.context.newPage()
    // Clean: this browser still keeps the example with the unsaved 2 500 000 typed above, which the
    // studio shows instead of the served folder (it never replaces unsaved edits without asking).
    await openFresh(hostile, studio.origin, studio.url)
    await hostile.getByRole('button', { name: 'vastra-gotaland/2025-lansgemensamma-medel.yaml', exact: true }).click()
    await hostile.locator('#panel-memo h1').waitFor()
    // Control characters are shown escaped, as everywhere fordela prints spec text (docs/security.md).
    expect(await hostile.textContent('#panel-memo h1')).toBe(
      hostileTitle.replaceAll('\u001b', '\\x1b').replaceAll('\u0007', '\\x07'),
    )
    await hostile.click('#tab-parties')
    expect(await hostile.textContent('#panel-parties')).toContain('<b>NSPH</b> <a href="javascript:x">Väst</a> | x |')
    for (const selector of ['script:not([src])', 'img', 'iframe', 'object', 'a[href^="javascript"]', 'b']) {
      expect(await hostile.locator(`#panel-memo ${selector}, #panel-parties ${selector}`).count(), selector).toBe(0)
    }
    expect(await hostile.evaluate('window.__pwned')).toBeUndefined()
    await hostile.close()
    expect(watch.errors).toEqual([])
    expect(watch.dialogs).toEqual([])
  }, 60_000)
})

describe('fordela studio on a workspace', () => {
  it('saves an edit to disk and clears the unsaved mark', async () => {
    const served = await browser.context.newPage()
    // Clean, for the same reason as the hostile spec's page: no unsaved edits kept from earlier pages.
    await openFresh(served, studio.origin, studio.url)
    await served.getByRole('button', { name: 'vastra-gotaland/parter.yaml', exact: true }).click()
    const line = await findEditorLine(served, 'title: Parter i Västra Götaland')
    await line.click({ position: { x: 4, y: 4 } })
    await served.keyboard.press('End')
    await served.keyboard.type(' (utkast)')
    await expect.poll(async () => readable(await served.textContent('#file-list'))).toContain('ändrad, inte sparad')
    await served.click('#save-folder')
    await expect
      .poll(() => readFileSync(join(workspace, 'vastra-gotaland/parter.yaml'), 'utf8'))
      .toContain('title: Parter i Västra Götaland (utkast)\n')
    await expect.poll(async () => readable(await served.textContent('#file-list'))).not.toContain('ändrad, inte sparad')
    await served.close()
    expect(watch.errors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  }, 60_000)

  it('opens spec files chosen in the file picker', async () => {
    const picker = await browser.context.newPage()
    await picker.goto(`${studio.origin}/`)
    const files = ['vastra-gotaland/2025-lansgemensamma-medel.yaml', 'vastra-gotaland/parter.yaml'].map((file) =>
      join(repo, 'examples', file),
    )
    await picker.setInputFiles('#open-files', files)
    // Without the agreement the funds cannot be computed, and the finding says which file is missing.
    await expect
      .poll(async () => readable(await picker.textContent('#file-list')))
      .toContain('2025-lansgemensamma-medel.yaml')
    await expect
      .poll(async () => readable(await picker.textContent('#finding-list')))
      .toContain('skr-2025-overenskommelse.yaml')
    await picker.close()
    expect(watch.errors).toEqual([])
  }, 60_000)
})

describe('help while writing', () => {
  it('explains a key from the schema on hover, and completes keys from it', async () => {
    const help = await browser.context.newPage()
    await openFreshExample(help, studio.origin)
    // The schema's own words: allocation.schema.json's `rounding` is "Avrundning / Rounding".
    const rounding = JSON.parse(readFileSync(join(repo, 'schemas/allocation.schema.json'), 'utf8')).properties
      .rounding as { title: string; description: string }
    const line = await findEditorLine(help, 'rounding: largest-remainder')
    const box = (await line.boundingBox())!
    // The key starts the line (no indentation): hover its middle.
    await help.mouse.move(box.x + 24, box.y + box.height / 2)
    await help.locator('.cm-schema-doc').waitFor()
    expect(await help.textContent('.cm-schema-doc')).toContain(rounding.title.split(' / ')[0]!)
    expect(await help.textContent('.cm-schema-doc')).toContain(rounding.description.split(' / ')[0]!)
    // On a new line inside the first fund, "ti" and Ctrl-Space offer `title` among the fund's keys.
    const fund = await findEditorLine(help, 'amount: 7 000 000')
    await fund.click({ position: { x: 4, y: 4 } })
    await help.keyboard.press('End')
    await help.keyboard.press('Enter')
    await help.keyboard.type('ti')
    await help.keyboard.press('Control+Space')
    await help.locator('.cm-tooltip-autocomplete').waitFor()
    expect(await help.locator('.cm-tooltip-autocomplete li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('title')]),
    )
    await help.keyboard.press('Escape')
    await help.close()
  }, 60_000)

  it('offers "did you mean" as an action that writes the suggestion in place', async () => {
    const typo = await browser.context.newPage()
    await openFreshExample(typo, studio.origin)
    const line = await findEditorLine(typo, '- to: nsph')
    await line.click({ position: { x: 4, y: 4 } })
    await typo.keyboard.press('End')
    await typo.keyboard.press('Backspace')
    await typo.keyboard.type('x')
    // "nspx" is one letter from the party id "nsph" in parter.yaml.
    const mark = typo.locator('.cm-line', { hasText: '- to: nspx' }).locator('.cm-lintRange-error').first()
    await mark.waitFor()
    await mark.hover()
    const action = typo.locator('.cm-tooltip-lint .cm-diagnosticAction', { hasText: 'nsph' }).first()
    await action.click()
    await expect.poll(async () => typo.locator('.cm-line', { hasText: '- to: nsph' }).count()).toBe(1)
    await typo.close()
  }, 60_000)

  it('opens a finding in another file at its position', async () => {
    const other = await browser.context.newPage()
    await openFreshExample(other, studio.origin)
    // The agreement's `by: folkmangd-0-18` names a measure the dataset lacks (docs/examples.md).
    await other.locator('#finding-list button', { hasText: 'data/missing-measure' }).click()
    expect(await other.textContent('#editor-heading')).toBe('nationellt/skr-2025-overenskommelse.yaml')
    await expect.poll(async () => other.locator('.cm-activeLine').textContent()).toContain('by: folkmangd-0-18')
    await other.close()
  }, 60_000)
})

describe('files, language, keyboard and zoom', () => {
  it('opens files dropped on the page', async () => {
    const dropped = await browser.context.newPage()
    await dropped.goto(`${studio.origin}/`)
    const parties = readFileSync(join(repo, 'examples/vastra-gotaland/parter.yaml'), 'utf8')
    // A drop as the browser delivers one: a DataTransfer holding a File, on the page.
    await dropped.evaluate(`(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([${JSON.stringify(parties)}], 'parter.yaml', { type: 'application/yaml' }))
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    })()`)
    await expect.poll(async () => readable(await dropped.textContent('#file-list'))).toContain('parter.yaml')
    expect(await dropped.textContent('#editor-heading')).toBe('parter.yaml')
    await dropped.close()
  }, 60_000)

  it('opens a zip chosen in the picker and downloads the workspace as a zip with the same files', async () => {
    const zipPage = await browser.context.newPage()
    await zipPage.goto(`${studio.origin}/`)
    const files = [
      'vastra-gotaland/parter.yaml',
      'data/befolkning-kommun-2025-09-30.yaml',
      'data/befolkning-kommun-2025-09-30.csv',
    ]
    const archive = zipSync(
      Object.fromEntries(files.map((file) => [`county-main/${file}`, readFileSync(join(repo, 'examples', file))])),
    )
    await zipPage.setInputFiles('#open-files', {
      name: 'county.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(archive),
    })
    // The zip's one top folder is taken off: the files keep their workspace paths.
    await expect
      .poll(async () => readable(await zipPage.textContent('#file-list')))
      .toContain('vastra-gotaland/parter.yaml')
    const [download] = await Promise.all([zipPage.waitForEvent('download'), zipPage.click('#download-zip')])
    const unpacked = unzipSync(readFileSync(await download.path()))
    expect(Object.keys(unpacked).sort()).toEqual([...files].sort())
    for (const file of files)
      expect(Buffer.from(unpacked[file]!).equals(readFileSync(join(repo, 'examples', file))), file).toBe(true)
    await zipPage.close()
  }, 60_000)

  it('speaks English when chosen, findings included', async () => {
    const english = await browser.context.newPage()
    await english.goto(`${studio.origin}/?example=vg-2025-lansgemensamma-medel`)
    await english.locator('#panel-memo h1').waitFor()
    await english.selectOption('#language', 'en')
    expect(await english.textContent('#download-memo')).toBe('Download the memo (.md)')
    expect(await english.getAttribute('html', 'lang')).toBe('en')
    await expect
      .poll(async () => readable(await english.textContent('#finding-list')))
      .toContain('means an amount between 61 403 000 and 61 404 000 kr')
    await english.selectOption('#language', 'sv')
    await english.close()
  }, 60_000)

  it('is operable from the keyboard: Tab reaches the editor and leaves it, arrows switch the result tabs', async () => {
    const keys = await browser.context.newPage()
    await keys.goto(`${studio.origin}/?example=vg-2025-lansgemensamma-medel`)
    await keys.locator('#panel-memo h1').waitFor()
    await keys.focus('#tab-memo')
    await keys.keyboard.press('ArrowRight')
    expect(await keys.evaluate('document.activeElement.id')).toBe('tab-parties')
    expect(await keys.isVisible('#panel-parties')).toBe(true)
    expect(await keys.isHidden('#panel-memo')).toBe(true)
    await keys.focus('.cm-content')
    await keys.keyboard.press('Tab')
    // Tab is not captured by the editor: focus moves on, and no tab character was typed.
    expect(await keys.evaluate("document.activeElement.classList.contains('cm-content')")).toBe(false)
    await keys.close()
  }, 60_000)

  it('prints the memo alone', async () => {
    const printed = await browser.context.newPage()
    await printed.goto(`${studio.origin}/?example=vg-2025-lansgemensamma-medel`)
    await printed.locator('#panel-memo h1').waitFor()
    await printed.emulateMedia({ media: 'print' })
    expect(await printed.isVisible('#panel-memo h1')).toBe(true)
    for (const selector of ['.cm-editor', '#file-list', '.toolbar', '.tabs'])
      expect(await printed.isVisible(selector), selector).toBe(false)
    await printed.close()
  }, 60_000)

  it('is readable at 200 % zoom: at half the width nothing runs off the side', async () => {
    // 200 % zoom of a 1280 × 800 window lays the page out in 640 × 400 CSS pixels.
    const zoomed = await browser.context.newPage()
    await zoomed.setViewportSize({ width: 640, height: 400 })
    await zoomed.goto(`${studio.origin}/?example=vg-2025-lansgemensamma-medel`)
    await zoomed.locator('#panel-memo h1').waitFor()
    const widths = (await zoomed.evaluate(
      '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
    )) as [number, number]
    expect(widths[0]).toBeLessThanOrEqual(widths[1])
    await zoomed.close()
    expect(watch.errors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  }, 60_000)
})

describe('suppression comments and the baseline, as fordela lint applies them', () => {
  let folder: string
  let served: RunningStudio
  const AGREEMENT = 'nationellt/skr-2025-overenskommelse.yaml'
  /** The findings `fordela lint` reports for the folder (JSON), with its summary. */
  const lint = () => {
    const run = spawnSync(process.execPath, [bin, 'lint', '--format', 'json'], {
      cwd: folder,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const report = JSON.parse(run.stdout) as {
      summary: { suppressedCount: number; baselinedCount: number }
      files: { diagnostics: { rule: string }[] }[]
    }
    return {
      summary: report.summary,
      rules: report.files.flatMap((file) => file.diagnostics.map((finding) => finding.rule)),
    }
  }
  /** The rule ids of the findings the studio lists, once the list has settled on `count` entries. */
  const studioRules = async (page: Page, count: number) => {
    const items = page.locator('#finding-list li.finding-item')
    await expect.poll(async () => items.count()).toBe(count)
    return items.locator('code').allTextContents()
  }

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'fordela-studio-suppress-'))
    cpSync(join(repo, 'examples'), folder, { recursive: true })
    // The agreement's `by: folkmangd-0-18` names a measure the dataset lacks (data/missing-measure, docs/examples.md):
    // silenced with a reason. A second comment above the NSPH line names a rule that finds nothing there (unused).
    const agreement = readFileSync(join(folder, AGREEMENT), 'utf8')
    expect(agreement.split('              by: folkmangd-0-18\n')).toHaveLength(2)
    writeFileSync(
      join(folder, AGREEMENT),
      agreement.replace(
        '              by: folkmangd-0-18\n',
        '              # fordela-disable-next-line data/missing-measure -- the measure is being added to the dataset\n              by: folkmangd-0-18\n',
      ),
    )
    const allocation = readFileSync(join(folder, ALLOCATION), 'utf8')
    expect(allocation.split('amount: 2 000 000\n')).toHaveLength(2)
    writeFileSync(
      join(folder, ALLOCATION),
      allocation.replace(
        /\n( *)(amount: 2 000 000\n)/u,
        '\n$1# fordela-disable-next-line sum/fund-overspent -- checked by hand\n$1$2',
      ),
    )
    served = await startStudio(folder)
  }, 60_000)

  afterAll(async () => {
    await served?.stop()
    rmSync(folder, { recursive: true, force: true })
  })

  it('hides a suppressed finding, reports an unused suppression, and lists exactly what fordela lint reports', async () => {
    const cli = lint()
    // The example's 3 errors (docs/examples.md) less the silenced data/missing-measure, plus the unused suppression: 3.
    expect(cli.summary.suppressedCount).toBe(1)
    expect(cli.rules).not.toContain('data/missing-measure')
    expect(cli.rules).toContain('suppression/unused')
    expect(cli.rules).toHaveLength(3)
    const page = await browser.context.newPage()
    await page.goto(served.url)
    const shown = await studioRules(page, cli.rules.length)
    expect(shown.sort()).toEqual([...cli.rules].sort())
    // The memo follows fordela render: the silenced error is no longer listed in the draft, byte for byte.
    const run = spawnSync(process.execPath, [bin, 'render', ALLOCATION], {
      cwd: folder,
      encoding: 'buffer',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    await page.locator('#panel-memo h1').waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-memo')])
    expect(readFileSync(await download.path()).equals(run.stdout)).toBe(true)
    await page.close()
  }, 60_000)

  it('hides what the baseline file accepts, as fordela lint does', async () => {
    // Accept every current finding into fordela-baseline.json at the root; lint then reports none.
    spawnSync(process.execPath, [bin, 'lint', '--baseline-write'], { cwd: folder, stdio: 'ignore' })
    const cli = lint()
    expect(cli.summary.baselinedCount).toBe(3)
    expect(cli.rules).toEqual([])
    const page = await browser.context.newPage()
    await page.goto(served.url)
    await expect.poll(async () => readable(await page.textContent('#finding-list'))).toBe('Inga fynd.')
    expect(await page.locator('#finding-list li.finding-item').count()).toBe(0)
    await page.close()
    expect(watch.errors).toEqual([])
  }, 60_000)
})
