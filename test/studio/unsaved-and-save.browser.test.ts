import { existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { messages, say } from '@fordela/render-markdown/messages'
import { unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeExampleStudio, openExampleStudio } from './example-studio.js'
import type { launchChromium } from './launch-chromium.js'
import {
  findEditorLine,
  openFresh,
  readable,
  readStoredSession,
  type StoredSession,
  writeStoredSession,
} from './studio-page.js'
import type { RunningStudio } from './start-studio.js'

// Two promises of the studio (issue 16): edits are never lost silently, and
// saving goes back to where the files came from. Opening an address
// (?example=, or the served workspace of `fordela studio`) while this browser
// holds unsaved edits of other files keeps those edits on screen and offers
// the address's files; the save button writes to the served folder only for
// that folder's own files, back into a folder the user opened, and otherwise
// downloads a zip, and says which.
const repo = fileURLToPath(new URL('../..', import.meta.url))
const PARTIES = readFileSync(join(repo, 'examples/vastra-gotaland/parter.yaml'), 'utf8')
const TITLE = 'title: Parter i Västra Götaland'
const EDITED_TITLE = `${TITLE} (utkast)`
const LEAVE_QUESTION = say('sv', messages.studio.leaveUnsaved)
const ALLOCATION = 'vastra-gotaland/2025-lansgemensamma-medel.yaml'
const axeSource = readFileSync(join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8')

let workspace: string
let studio: RunningStudio
let browser: Awaited<ReturnType<typeof launchChromium>>

beforeAll(async () => {
  ;({ workspace, studio, browser } = await openExampleStudio('fordela-studio-unsaved-'))
}, 60_000)

afterAll(() => closeExampleStudio({ workspace, studio, browser }))

/** A page of its own answering each leave question with the next of `answers` (then "yes"); what it asked is kept. */
async function newPage(answers: ('accept' | 'dismiss')[] = []) {
  const page = await browser.context.newPage()
  const questions: string[] = []
  const errors: string[] = []
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'beforeunload') return void dialog.accept()
    questions.push(dialog.message())
    void (answers.shift() === 'dismiss' ? dialog.dismiss() : dialog.accept())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  return { page, questions, errors }
}

/** The session kept in IndexedDB (idb-keyval's default store): its source type and its files as edited. */
const storedSession = async (page: Page) => {
  const kept = await readStoredSession(page)
  return kept && { type: kept.source.type, files: Object.fromEntries(kept.files) }
}

/**
 * Leaves in this browser, as the studio keeps one, a session of a dropped parter.yaml with an edit
 * that is saved nowhere: from a clean page of the origin (its start page), written to IndexedDB.
 */
async function keepDroppedEdit(page: Page): Promise<void> {
  await openFresh(page, studio.origin, `${studio.origin}/`)
  await page.locator('#example-list li').first().waitFor()
  const edited = PARTIES.replace(TITLE, EDITED_TITLE)
  expect(edited).not.toBe(PARTIES)
  const session: StoredSession = {
    source: { type: 'files', name: 'parter.yaml' },
    files: [['parter.yaml', edited]],
    saved: [['parter.yaml', PARTIES]],
    current: 'parter.yaml',
  }
  await writeStoredSession(page, session)
}

/** What the workbench shows once the page's start has been decided. */
async function shownAfterStart(page: Page) {
  await expect.poll(() => page.evaluate('document.documentElement.dataset.start ?? ""')).toBe('shown')
  return page.evaluate(`({
    heading: document.getElementById('workbench').hidden ? '' : document.getElementById('editor-heading').textContent,
    unsaved: document.querySelectorAll('#file-list .unsaved-mark').length,
    editor: document.querySelector('.cm-content')?.textContent ?? '',
    heldBack: document.getElementById('held-back')?.hidden === false ? document.getElementById('held-back').textContent : '',
  })`) as Promise<{ heading: string; unsaved: number; editor: string; heldBack: string }>
}

/** Types ` (utkast)` at the end of the title line, as a user would. */
async function editTitle(page: Page): Promise<void> {
  const line = await findEditorLine(page, TITLE)
  await line.click({ position: { x: 4, y: 4 } })
  await page.keyboard.press('End')
  await page.keyboard.type(' (utkast)')
  await expect.poll(async () => readable(await page.textContent('#file-list'))).toContain('ändrad, inte sparad')
}

/** The save button as a user meets it: its label, its description, where it writes, and whether it can be pressed. */
const saveButton = (page: Page) =>
  page.evaluate(`(() => {
    const button = document.getElementById('save-folder')
    return { label: button.textContent, title: button.title, target: button.dataset.saveTarget, disabled: button.disabled }
  })()`) as Promise<{ label: string; title: string; target: string; disabled: boolean }>

describe('an address opened while this browser holds unsaved edits of other files', () => {
  it('?example= keeps the edits on screen and opens the example only when the user says so, by keyboard', async () => {
    const { page, questions, errors } = await newPage(['dismiss', 'accept'])
    await keepDroppedEdit(page)
    await page.goto(`${studio.origin}/?example=vg-2025-lansgemensamma-medel`)
    const shown = await shownAfterStart(page)
    expect(shown.heading).toBe('parter.yaml')
    expect(shown.unsaved).toBe(1)
    expect(shown.editor).toContain(EDITED_TITLE)
    expect(shown.heldBack).toContain(
      say('sv', messages.studio.heldBackExample, {
        kept: say('sv', messages.studio.sourceFiles, { name: 'parter.yaml' }),
      }),
    )
    expect(questions).toEqual([])
    // Still kept in this browser: a reload would find the edit.
    expect((await storedSession(page))?.files['parter.yaml']).toContain(EDITED_TITLE)
    // The choice is next in the Tab order after the toolbar; Enter opens the example, after the leave question.
    await page.focus('#language')
    await page.keyboard.press('Tab')
    expect(await page.evaluate('document.activeElement.id')).toBe('held-back-open')
    expect(await page.textContent('#held-back-open')).toBe('Öppna exemplet ändå')
    await page.keyboard.press('Enter')
    // First the user says no: the edits stay, and so does the choice.
    await expect.poll(() => questions.length).toBe(1)
    expect(await page.textContent('#editor-heading')).toBe('parter.yaml')
    expect(await page.isVisible('#held-back')).toBe(true)
    await page.focus('#held-back-open')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.textContent('#editor-heading')).toBe(ALLOCATION)
    expect(questions).toEqual([LEAVE_QUESTION, LEAVE_QUESTION])
    expect(await page.isHidden('#held-back')).toBe(true)
    await expect.poll(async () => (await storedSession(page))?.type).toBe('example')
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)

  it('the served workspace keeps the edits on screen, says which folder waits, and the user may keep working', async () => {
    const { page, questions, errors } = await newPage()
    await keepDroppedEdit(page)
    await page.goto(studio.url)
    const shown = await shownAfterStart(page)
    expect(shown.heading).toBe('parter.yaml')
    expect(shown.unsaved).toBe(1)
    const name = basename(workspace)
    expect(shown.heldBack).toContain(
      say('sv', messages.studio.heldBackServed, {
        kept: say('sv', messages.studio.sourceFiles, { name: 'parter.yaml' }),
        name,
      }),
    )
    expect(await page.textContent('#held-back-open')).toBe(`Öppna mappen ${name} ändå`)
    // The choice on the page has no serious or critical accessibility violations (axe-core, run through DevTools).
    await page.evaluate(axeSource)
    const violations = (await page.evaluate(
      `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact })))`,
    )) as { id: string; impact: string }[]
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual(
      [],
    )
    // While they are shown, saving them downloads them: the served folder is not where they came from.
    expect(await saveButton(page)).toMatchObject({ label: 'Spara som zip', target: 'download', disabled: false })
    await page.focus('#held-back-keep')
    await page.keyboard.press('Enter')
    expect(await page.isHidden('#held-back')).toBe(true)
    expect(await page.evaluate('document.activeElement.id')).toBe('editor-region')
    expect((await storedSession(page))?.files['parter.yaml']).toContain(EDITED_TITLE)
    expect(questions).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)
})

describe('saving goes back to where the files came from', () => {
  it('under fordela studio, files dropped on the page are downloaded as a zip and the served folder is left alone', async () => {
    const { page, questions, errors } = await newPage()
    await openFresh(page, studio.origin, studio.url)
    await shownAfterStart(page)
    const downloads: string[] = []
    page.on('download', (download) => void download.path().then((path) => downloads.push(path)))
    // The served session has no edits: dropping replaces it without a question.
    await page.evaluate(`(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([${JSON.stringify(PARTIES)}], 'parter.yaml', { type: 'application/yaml' }))
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    })()`)
    await expect.poll(() => page.textContent('#editor-heading')).toBe('parter.yaml')
    await editTitle(page)
    await page.click('#save-folder')
    await expect.poll(() => page.textContent('#status')).toBe(say('sv', messages.studio.savedFiles, { count: 1 }))
    // Nothing written to the served folder: no parter.yaml at its root, and its own parter.yaml as it was.
    expect(existsSync(join(workspace, 'parter.yaml'))).toBe(false)
    expect(readFileSync(join(workspace, 'vastra-gotaland/parter.yaml'), 'utf8')).toBe(PARTIES)
    // Downloaded instead, every file of the session (the one dropped) with the edit.
    await expect.poll(() => downloads.length).toBe(1)
    const unpacked = unzipSync(readFileSync(downloads[0]!))
    expect(Object.keys(unpacked)).toEqual(['parter.yaml'])
    expect(Buffer.from(unpacked['parter.yaml']!).toString('utf8')).toContain(`${EDITED_TITLE}\n`)
    await expect.poll(async () => readable(await page.textContent('#file-list'))).not.toContain('ändrad, inte sparad')
    // And the button said so before it was pressed (and still does).
    expect(await saveButton(page)).toEqual({
      label: 'Spara som zip',
      title: say('sv', messages.studio.saveAsZipHint),
      target: 'download',
      disabled: false,
    })
    expect(questions).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)

  it('under fordela studio, a folder opened in the browser is saved back into that folder, not the served one', async () => {
    const { page, questions, errors } = await newPage()
    // The browser's folder picker cannot be driven headless: it answers with a real directory handle
    // of this origin's private file system, holding parter.yaml. Reading and writing it is the real API.
    await page.addInitScript(`window.showDirectoryPicker = async () => {
      const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('egen-mapp', { create: true })
      const file = await folder.getFileHandle('parter.yaml', { create: true })
      const writable = await file.createWritable()
      await writable.write(${JSON.stringify(PARTIES)})
      await writable.close()
      return folder
    }`)
    await openFresh(page, studio.origin, studio.url)
    await shownAfterStart(page)
    await page.click('#open-folder')
    await expect.poll(() => page.textContent('#editor-heading')).toBe('parter.yaml')
    await editTitle(page)
    await page.click('#save-folder')
    await expect.poll(() => page.textContent('#status')).toBe(say('sv', messages.studio.savedFiles, { count: 1 }))
    await expect.poll(async () => readable(await page.textContent('#file-list'))).not.toContain('ändrad, inte sparad')
    const written = await page.evaluate(`(async () => {
      const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('egen-mapp')
      return (await (await folder.getFileHandle('parter.yaml')).getFile()).text()
    })()`)
    expect(written).toContain(`${EDITED_TITLE}\n`)
    expect(existsSync(join(workspace, 'parter.yaml'))).toBe(false)
    expect(readFileSync(join(workspace, 'vastra-gotaland/parter.yaml'), 'utf8')).toBe(PARTIES)
    expect(await saveButton(page)).toEqual({
      label: 'Spara i mappen',
      title: say('sv', messages.studio.saveToFolderHint, { name: 'egen-mapp' }),
      target: 'folder',
      disabled: false,
    })
    expect(questions).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)

  it('says on the button that the served folder’s own files are saved to disk, in Swedish and in English', async () => {
    const { page, errors } = await newPage()
    await openFresh(page, studio.origin, studio.url)
    await shownAfterStart(page)
    expect(await saveButton(page)).toEqual({
      label: 'Spara till disk',
      title: say('sv', messages.studio.saveToDiskHint, { name: basename(workspace) }),
      target: 'server',
      disabled: false,
    })
    await page.selectOption('#language', 'en')
    expect(await saveButton(page)).toMatchObject({
      label: 'Save to disk',
      title: say('en', messages.studio.saveToDiskHint, { name: basename(workspace) }),
    })
    await page.selectOption('#language', 'sv')
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)
})
