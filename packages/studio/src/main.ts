import type { Language } from '@fordela/parser'
import { StudioApp } from './app/studio-app.js'
import { readChosenFiles, readFolder, type FileMap } from './files/read-files.js'
import { downloadBytes, readFromServer, writeToFolder, writeToServer, zipFiles } from './files/save-files.js'
import { saveTarget, type ServedWorkspace } from './files/save-target.js'
import { heldBackSession, offerHeldBack, refreshHeldBack } from './ui/held-back.js'
import { showSaveTarget } from './ui/save-button.js'
import { setupTabs } from './ui/tabs.js'
import { currentLanguage, isTextKey, setLanguage, t } from './ui/texts.js'
import { exampleFiles } from './workspace/example-files.js'
import { listExamples } from './workspace/list-examples.js'
import { restoreSession, unsavedFiles, type Session, type SessionSource } from './workspace/session.js'
import { SessionOrder } from './workspace/session-order.js'

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const params = new URLSearchParams(location.search)
const token = params.get('token') ?? undefined
let app: StudioApp | undefined
/** The folder `fordela studio` serves, once read (only with a token). */
let served: ServedWorkspace | undefined
/** The session kept in this browser, read once as the page starts. */
const kept = restoreSession()
/** Decides which session is shown when the page's start and a user's opens overlap. */
const order = new SessionOrder({ show, confirmLeave: () => confirm(t('leaveUnsaved')) }, kept)

/** Writes every static text of the page in the current language. */
function applyTexts(): void {
  document.documentElement.lang = currentLanguage()
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = element.dataset.text!
    if (isTextKey(key)) element.textContent = t(key)
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-label]')) {
    const key = element.dataset.label!
    if (isTextKey(key)) element.setAttribute('aria-label', t(key))
  }
  showSaveButton()
  refreshHeldBack()
}

/** The save button says where saving the open session writes (see saveTarget). */
function showSaveButton(): void {
  showSaveTarget($('save-folder'), app && saveTarget(app.session.source, served))
}

function status(text: string): void {
  $('status').textContent = text
}

/**
 * Puts a session in the workbench, or the start page for `undefined`, replacing what was shown, and offers what
 * the address asked for when it was held back to keep unsaved edits (called by the order alone).
 */
function show(session: Session | undefined, heldBack?: Session): void {
  offerHeldBack(session, heldBack)
  if (!session) {
    void showStartPage()
    return
  }
  $('start-page').hidden = true
  $('workbench').hidden = false
  $('editor').replaceChildren()
  app?.close()
  app = new StudioApp(session)
  showSaveButton()
  // Kept in this browser at once: a reload while it is still being evaluated finds it.
  void app.storeNow()
  void app.start()
}

/** A new session over files just read; the first allocation is shown first. */
function newSession(source: SessionSource, files: FileMap, current?: string): Session {
  const first = current ?? listExamples(files)[0]?.file ?? [...files.keys()].sort()[0] ?? ''
  return { source, files: new Map(files), saved: new Map(files), current: first }
}

/** Opens files a user chose in the turn taken when the user acted (before the files were read). */
async function openFiles(turn: number, source: SessionSource, files: FileMap): Promise<void> {
  if (files.size === 0) {
    status(t('openFailed', { reason: '0 .yaml/.yml/.csv' }))
    return
  }
  if (await order.offerOpen(turn, newSession(source, files))) status(t('opened', { count: files.size }))
}

async function showStartPage(): Promise<void> {
  $('workbench').hidden = true
  $('start-page').hidden = false
  const list = $('example-list')
  const examples = listExamples(await exampleFiles())
  list.replaceChildren(
    ...examples.map((example) => {
      const item = document.createElement('li')
      const link = document.createElement('a')
      link.href = `?example=${encodeURIComponent(example.id)}`
      link.textContent = example.title
      const kind = document.createElement('span')
      kind.className = 'example-kind'
      kind.textContent = ` (${example.kind}, ${example.file})`
      item.append(link, kind)
      return item
    }),
  )
}

async function boot(): Promise<void> {
  const stored = localStorage.getItem('fordela-studio-lang')
  setLanguage(stored === 'en' ? 'en' : 'sv')
  ;($('language') as HTMLSelectElement).value = currentLanguage()
  applyTexts()
  setupTabs()
  // The page's own turn comes first: whatever a user opens while it still loads is newer.
  const turn = order.begin()
  wireToolbar()
  const restored = await kept
  const example = params.get('example')
  // What the address asks for; the order keeps the session kept in this browser instead while it has unsaved edits.
  let requested: Session | undefined
  if (token) {
    const read = await readFromServer(token)
    served = { token, name: read.name, folderId: read.folderId }
    requested = newSession({ type: 'server', name: read.name, folderId: read.folderId }, read.files)
  } else if (example) {
    const files = await exampleFiles()
    const wanted = listExamples(files).find((entry) => entry.id === example)
    // Edits to the examples kept in this browser go on at the file the address names.
    if (restored?.source.type === 'example' && wanted && restored.files.has(wanted.file)) restored.current = wanted.file
    requested = newSession({ type: 'example' }, files, wanted?.file)
  }
  const choice = order.offerStart(turn, restored, requested)
  // How the page's start ended, for whoever watches the page (the browser tests): shown, or
  // overtaken by what the user opened (or the start page the user chose) while it still loaded.
  document.documentElement.dataset.start = choice ? 'shown' : 'overtaken'
  showSaveButton()
  if (choice?.session && choice.session === restored && unsavedFiles(restored).length > 0) status(t('restored'))
}

/** The user chose to open what the address asked for over the unsaved edits shown; the leave question comes first. */
async function openHeldBack(): Promise<void> {
  const heldBack = heldBackSession()
  if (!heldBack) return
  if (await order.offerOpen(order.begin(), heldBack)) {
    status(t('opened', { count: heldBack.files.size }))
    $('editor-region').focus()
  }
}

function wireToolbar(): void {
  $('home-button').addEventListener('click', () => {
    if (app) void app.storeNow()
    order.showStartPage()
  })
  ;($('language') as HTMLSelectElement).addEventListener('change', (event) => {
    const lang = (event.target as HTMLSelectElement).value as Language
    setLanguage(lang)
    localStorage.setItem('fordela-studio-lang', lang)
    applyTexts()
    app?.refreshTexts()
  })
  $('open-folder').addEventListener('click', async () => {
    const picker = (window as { showDirectoryPicker?: (options?: object) => Promise<FileSystemDirectoryHandle> })
      .showDirectoryPicker
    if (!picker) {
      status(t('noFolder'))
      return
    }
    try {
      const handle = await picker({ mode: 'readwrite' })
      const turn = order.begin()
      await openFiles(turn, { type: 'folder', name: handle.name, handle }, await readFolder(handle))
    } catch (error) {
      if ((error as Error).name !== 'AbortError') status(t('openFailed', { reason: String((error as Error).message) }))
    }
  })
  $<HTMLInputElement>('open-files').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement
    const chosen = [...(input.files ?? [])]
    input.value = ''
    const turn = order.begin()
    try {
      await openFiles(turn, { type: 'files', name: chosen[0]?.name ?? '' }, await readChosenFiles(chosen))
    } catch (error) {
      status(t('openFailed', { reason: String((error as Error).message) }))
    }
  })
  document.addEventListener('dragover', (event) => event.preventDefault())
  document.addEventListener('drop', async (event) => {
    event.preventDefault()
    const chosen = [...(event.dataTransfer?.files ?? [])]
    if (chosen.length === 0) return
    const turn = order.begin()
    try {
      await openFiles(turn, { type: 'files', name: chosen[0]?.name ?? '' }, await readChosenFiles(chosen))
    } catch (error) {
      status(t('openFailed', { reason: String((error as Error).message) }))
    }
  })
  $('held-back-open').addEventListener('click', () => void openHeldBack())
  $('held-back-keep').addEventListener('click', () => {
    offerHeldBack(undefined, undefined)
    $('editor-region').focus()
  })
  $('save-folder').addEventListener('click', async () => {
    // The workbench saved is the one clicked on, even if another is opened while it writes.
    const open = app
    if (!open) return
    const target = saveTarget(open.session.source, served)
    const changed = new Map(unsavedFiles(open.session).map((file) => [file, open.session.files.get(file)!]))
    try {
      if (target.kind === 'server') await writeToServer(target.served.token, changed)
      else if (target.kind === 'folder') await writeToFolder(target.handle, changed)
      else downloadBytes(zipFiles(open.session.files), 'fordela.zip', 'application/zip')
      open.markSaved()
      status(t('savedFiles', { count: changed.size }))
    } catch (error) {
      status(t('saveFailed', { reason: String((error as Error).message) }))
    }
  })
  $('download-zip').addEventListener('click', () => {
    if (app) downloadBytes(zipFiles(app.session.files), 'fordela.zip', 'application/zip')
  })
  $('download-memo').addEventListener('click', () => {
    const memo = app?.memoDownload()
    if (memo) downloadBytes(memo.markdown, memo.name, 'text/markdown;charset=utf-8')
  })
  $('print-memo').addEventListener('click', () => window.print())
  window.addEventListener('beforeunload', (event) => {
    if (!app) return
    void app.storeNow()
    // Edits are kept in this browser, but they are not yet saved to any file: ask first.
    if (unsavedFiles(app.session).length > 0) event.preventDefault()
  })
}

void boot()
