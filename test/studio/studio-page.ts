import type { BrowserContext, Locator, Page } from 'playwright-core'

/** What a page did that it must not: console errors, uncaught exceptions, requests off its origin, dialogs. */
export interface PageWatch {
  readonly errors: string[]
  readonly foreignRequests: string[]
  readonly dialogs: string[]
  /** How many times leaving a page asked first (accepted). */
  beforeUnloads: number
}

/**
 * Watches every page of a context: console errors and page errors, requests
 * to anything but `origin` (data: and blob: URLs are the page's own), and
 * dialogs other than the leave-page question (accepted, so a reload goes on).
 */
export function watchContext(context: BrowserContext, origin: string): PageWatch {
  const watch: PageWatch = { errors: [], foreignRequests: [], dialogs: [], beforeUnloads: 0 }
  const observe = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') watch.errors.push(message.text())
    })
    page.on('pageerror', (error) => watch.errors.push(error.message))
    page.on('dialog', (dialog) => {
      if (dialog.type() === 'beforeunload') watch.beforeUnloads++
      else watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
      void dialog.accept()
    })
  }
  context.pages().forEach(observe)
  context.on('page', observe)
  context.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
      watch.foreignRequests.push(url)
  })
  return watch
}

/** Text as a reader sees it: no-break spaces as spaces. */
export function readable(text: string | null): string {
  return (text ?? '').replaceAll('\u00a0', ' ')
}

/**
 * The editor line whose text contains `text`, scrolled into view with the
 * mouse wheel as a user would (CodeMirror draws only the lines near the
 * viewport).
 */
export async function findEditorLine(page: Page, text: string): Promise<Locator> {
  const line = page.locator('.cm-line', { hasText: text })
  const scroller = page.locator('.cm-scroller')
  const box = await scroller.boundingBox()
  if (!box) throw new Error('no editor on the page')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  for (let tries = 0; tries < 200 && (await line.count()) === 0; tries++) await page.mouse.wheel(0, 300)
  await line.first().scrollIntoViewIfNeeded()
  return line.first()
}

/** Opens an example with nothing stored from earlier pages: the bundled files as they are. */
export async function openFreshExample(page: Page, origin: string, id = 'vg-2025-lansgemensamma-medel'): Promise<void> {
  await openFresh(page, origin, `${origin}/?example=${id}`)
  await page.locator('#panel-memo h1').waitFor()
}

/**
 * Opens `address` with no session kept in this browser for `origin`: a page that must show
 * what its address asks for starts clean (the studio never replaces unsaved edits kept from
 * earlier pages with it).
 */
export async function openFresh(page: Page, origin: string, address: string): Promise<void> {
  // Away from the app first, so no page of it stores its session while the origin's storage is cleared.
  await page.goto('about:blank')
  const devtools = await page.context().newCDPSession(page)
  await devtools.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' })
  await devtools.detach()
  await page.goto(address)
}

/** A session as the studio keeps it in IndexedDB (idb-keyval's default store, key fordela-studio-session). */
export interface StoredSession {
  readonly source: { readonly type: string; readonly name?: string }
  readonly files: readonly (readonly [string, string])[]
  readonly saved: readonly (readonly [string, string])[]
  readonly current: string
}

/** Run in the page: opens idb-keyval's database, making its store if the database is new, and hands it to `use`. */
const withStore = (use: string) => `new Promise((resolve, reject) => {
  const open = indexedDB.open('keyval-store')
  open.onupgradeneeded = () => open.result.createObjectStore('keyval')
  open.onerror = () => reject(open.error)
  open.onsuccess = () => {
    const database = open.result
    const done = (value) => {
      database.close()
      resolve(value)
    }
    ${use}
  }
})`

/** The session the page's origin keeps now, or undefined when none is kept. */
export function readStoredSession(page: Page): Promise<StoredSession | undefined> {
  return page.evaluate(
    withStore(`const request = database.transaction('keyval').objectStore('keyval').get('fordela-studio-session')
    request.onsuccess = () => done(request.result)
    request.onerror = () => reject(request.error)`),
  ) as Promise<StoredSession | undefined>
}

/** Keeps `session` for the page's origin, as the studio would have kept it. */
export async function writeStoredSession(page: Page, session: StoredSession): Promise<void> {
  await page.evaluate(
    withStore(`const write = database.transaction('keyval', 'readwrite')
    write.objectStore('keyval').put(${JSON.stringify(session)}, 'fordela-studio-session')
    write.oncomplete = () => done()
    write.onerror = () => reject(write.error)`),
  )
}
