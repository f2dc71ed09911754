import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { messages, say } from '@fordela/render-markdown/messages'
import type { Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeExampleStudio, openExampleStudio } from './example-studio.js'
import type { launchChromium } from './launch-chromium.js'
import type { RunningStudio } from './start-studio.js'
import { readStoredSession, type StoredSession, writeStoredSession } from './studio-page.js'

// Files a user drops while the page is still opening what its address asks for
// (the served workspace, an example, the session kept in this browser). The
// page's own loading is held deterministically: its requests wait at a route
// until the test lets them go, after the drop has been decided.
const repo = fileURLToPath(new URL('../..', import.meta.url))
const PARTIES = readFileSync(join(repo, 'examples/vastra-gotaland/parter.yaml'), 'utf8')
const LEAVE_QUESTION = say('sv', messages.studio.leaveUnsaved)
/** The example files the built app fetches (Vite's hashed asset names). */
const EXAMPLE_FILE_REQUEST = /\/assets\/[^/?]+\.(?:ya?ml|csv)$/u
/** The served workspace's files (`fordela studio`'s API). */
const SERVED_FILES_REQUEST = /\/api\/files\?/u

let workspace: string
let studio: RunningStudio
let browser: Awaited<ReturnType<typeof launchChromium>>

beforeAll(async () => {
  ;({ workspace, studio, browser } = await openExampleStudio('fordela-studio-order-'))
}, 60_000)

afterAll(() => closeExampleStudio({ workspace, studio, browser }))

/** What the page shows, read in one go. */
interface Shown {
  heading: string
  files: string[]
  unsaved: number
  editor: string
  /** How the page's own start ended: "shown", "overtaken", or "" while it is still loading. */
  start: string
}

const readShown = (page: Page) =>
  page.evaluate(`({
    heading: document.getElementById('workbench').hidden ? '' : document.getElementById('editor-heading').textContent,
    files: [...document.querySelectorAll('#file-list button')].map((button) => button.dataset.file),
    unsaved: document.querySelectorAll('#file-list .unsaved-mark').length,
    editor: document.querySelector('.cm-content')?.textContent ?? '',
    start: document.documentElement.dataset.start ?? '',
  })`) as Promise<Shown>

/** The files of the session kept in IndexedDB (idb-keyval's default store), or [] when none is. */
const storedFiles = async (page: Page) => ((await readStoredSession(page))?.files ?? []).map(([path]) => path)

/** Holds every request matching `pattern` at a route until `release`: the page waits as on a slow network. */
async function holdRequests(page: Page, pattern: RegExp) {
  const held: Route[] = []
  let released = false
  let seen: () => void = () => {}
  const first = new Promise<void>((resolve) => {
    seen = resolve
  })
  await page.route(pattern, (route) => {
    if (released) return void route.continue()
    held.push(route)
    seen()
  })
  return {
    /** Resolves once the page has asked for the first held file. */
    first,
    async release() {
      released = true
      await Promise.all(held.map((route) => route.continue()))
    },
  }
}

/** A page of its own with nothing stored for the origin, answering the leave question with `answer`. */
async function freshPage(answer: 'accept' | 'dismiss' = 'accept') {
  const page = await browser.context.newPage()
  const devtools = await browser.context.newCDPSession(page)
  await devtools.send('Storage.clearDataForOrigin', { origin: studio.origin, storageTypes: 'indexeddb' })
  await devtools.detach()
  const questions: string[] = []
  const errors: string[] = []
  page.on('dialog', (dialog) => {
    questions.push(dialog.message())
    void (answer === 'accept' ? dialog.accept() : dialog.dismiss())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return { page, questions, errors }
}

/** Drops parter.yaml on the page as the browser delivers a drop: a DataTransfer holding a File. */
async function dropParties(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([${JSON.stringify(PARTIES)}], 'parter.yaml', { type: 'application/yaml' }))
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
  })()`)
}

/**
 * Keeps a session in this browser as the studio stores one: the example's parter.yaml with an
 * edit that is not saved anywhere. Written from a page of the origin showing its start page.
 */
async function storeUnsavedEdit(page: Page): Promise<string> {
  await page.goto(`${studio.origin}/`)
  await page.locator('#example-list li').first().waitFor()
  const edited = PARTIES.replace('title: Parter i Västra Götaland', 'title: Parter i Västra Götaland (utkast)')
  expect(edited).not.toBe(PARTIES)
  const session: StoredSession = {
    source: { type: 'example' },
    files: [['vastra-gotaland/parter.yaml', edited]],
    saved: [['vastra-gotaland/parter.yaml', PARTIES]],
    current: 'vastra-gotaland/parter.yaml',
  }
  await writeStoredSession(page, session)
  return 'title: Parter i Västra Götaland (utkast)'
}

/**
 * Waits until the page's own start has been decided, or until something other than the
 * dropped file took the workbench (the race this file is about), whichever comes first.
 */
async function settled(page: Page): Promise<Shown> {
  await expect
    .poll(async () => {
      const shown = await readShown(page)
      return shown.start !== '' || (shown.heading !== '' && shown.heading !== 'parter.yaml')
    })
    .toBe(true)
  return readShown(page)
}

describe('files dropped while the page is still opening something', () => {
  it.each([
    {
      what: 'an example (?example=)',
      address: () => `${studio.origin}/?example=vg-2025-lansgemensamma-medel`,
      held: EXAMPLE_FILE_REQUEST,
    },
    { what: 'the served workspace (fordela studio)', address: () => studio.url, held: SERVED_FILES_REQUEST },
  ])(
    'stay open when $what finishes loading after them',
    async ({ address, held }) => {
      const { page, questions, errors } = await freshPage()
      const hold = await holdRequests(page, held)
      await page.goto(address())
      await hold.first
      await dropParties(page)
      await expect.poll(async () => (await readShown(page)).heading).toBe('parter.yaml')
      await hold.release()
      const shown = await settled(page)
      expect(shown.heading).toBe('parter.yaml')
      expect(shown.files).toEqual(['parter.yaml'])
      expect(shown.start).toBe('overtaken')
      expect(shown.editor).toContain('title: Parter i Västra Götaland')
      // Kept in this browser too: a reload now opens the dropped file, not what the address asked for.
      await expect.poll(() => storedFiles(page)).toEqual(['parter.yaml'])
      // Nothing had unsaved edits, so nothing asked.
      expect(questions).toEqual([])
      expect(errors).toEqual([])
      await page.close()
    },
    60_000,
  )

  it('ask first when a kept session with unsaved edits has not been shown yet, and keep it when told to', async () => {
    const { page, questions, errors } = await freshPage('dismiss')
    const edit = await storeUnsavedEdit(page)
    const hold = await holdRequests(page, EXAMPLE_FILE_REQUEST)
    await page.goto(`${studio.origin}/?example=vg-2025-lansgemensamma-medel`)
    await hold.first
    await dropParties(page)
    // Either the question is asked, or (the race) the dropped file is shown without one.
    await expect.poll(async () => questions.length > 0 || (await readShown(page)).heading === 'parter.yaml').toBe(true)
    expect(questions).toEqual([LEAVE_QUESTION])
    await hold.release()
    expect((await settled(page)).start).toBe('shown')
    // The user chose to stay: the kept session opens with its edit, as it would have without the drop
    // (its heading and file list are drawn once its files as opened are evaluated).
    await expect
      .poll(() => readShown(page))
      .toMatchObject({
        heading: 'vastra-gotaland/parter.yaml',
        files: ['vastra-gotaland/parter.yaml'],
        unsaved: 1,
      })
    expect((await readShown(page)).editor).toContain(edit)
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)

  it('replace a kept session with unsaved edits that has not been shown yet only when the user says yes', async () => {
    const { page, questions, errors } = await freshPage('accept')
    await storeUnsavedEdit(page)
    const hold = await holdRequests(page, EXAMPLE_FILE_REQUEST)
    await page.goto(`${studio.origin}/?example=vg-2025-lansgemensamma-medel`)
    await hold.first
    await dropParties(page)
    await expect.poll(async () => (await readShown(page)).heading).toBe('parter.yaml')
    expect(questions).toEqual([LEAVE_QUESTION])
    await hold.release()
    const shown = await settled(page)
    expect(shown.heading).toBe('parter.yaml')
    expect(shown.files).toEqual(['parter.yaml'])
    expect(shown.start).toBe('overtaken')
    await expect.poll(() => storedFiles(page)).toEqual(['parter.yaml'])
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)
})
