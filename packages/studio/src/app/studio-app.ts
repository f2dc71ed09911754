import { setDiagnostics } from '@codemirror/lint'
import { EditorSelection, type EditorState } from '@codemirror/state'
import type { EditorView } from '@codemirror/view'
import type { Diagnostic, LocalizedText } from '@fordela/parser'
import type { AnalyzedReply, PanelsReply, ShownMark } from '../analysis/protocol.js'
import { setAmountMarks } from '../editor/amount-widgets.js'
import { createEditorView, createFileState, type EditorHooks } from '../editor/create-editor.js'
import { findingsToLint, renderFinding } from '../editor/findings-to-lint.js'
import { createTable } from '../panels/create-table.js'
import { storeSession, unsavedFiles, type Session } from '../workspace/session.js'
import { currentLanguage, t } from '../ui/texts.js'
import { AnalysisClient } from './analysis-client.js'
import { recordTiming } from './timings.js'

/** The two analysis workers: one for findings and amounts, one for the panels. */
export interface AnalysisWorkers {
  readonly findings: AnalysisClient
  readonly panels: AnalysisClient
}

/**
 * Starts the findings' worker, which loads its code while the page reads
 * the files; the panels' worker starts when first asked for. Both serve
 * every set of files opened after.
 */
export function startAnalysisWorkers(): AnalysisWorkers {
  const findings = new AnalysisClient('fordela-findings')
  let panels: AnalysisClient | undefined
  return {
    findings,
    get panels() {
      panels ??= new AnalysisClient('fordela-panels')
      return panels
    },
  }
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

/**
 * The workbench: one editor over the session's files, re-evaluated on every
 * change by the real parser and engine in a worker; findings and amounts go
 * into the editor as soon as they come back. A second worker renders the
 * memo and tables from the same texts, so rendering never delays findings.
 */
export class StudioApp {
  private readonly states = new Map<string, EditorState>()
  private readonly view: EditorView
  private readonly findings: AnalysisClient
  /** Resolves once the panels' worker has the files (it is sent them after the first findings are shown). */
  private panelsReady: Promise<unknown> = Promise.resolve()
  /** Every finding of the last analysis, by file. */
  private findingsByFile = new Map<string, Diagnostic[]>()
  /** Why the baseline file is not used, if it is not. */
  private baselineProblem: LocalizedText | undefined
  /** The amounts of the last analysis, and the file they are in. */
  private marks: { readonly file: string; readonly list: readonly ShownMark[] } | undefined
  private memoFile: string | undefined
  private lastMemo: PanelsReply['memo']
  /** Edits not yet sent to each worker, and whether an answer is wanted after the one being worked out. */
  private readonly edits = new Map<string, string>()
  private analysisWanted = false
  private analysisRunning = false
  private readonly panelEdits = new Map<string, string>()
  private panelsWanted = false
  private panelsRunning = false
  /** When the edit whose findings (and whose preview) are not shown yet was made; 0 when none is waiting. */
  private findingsFrom = 0
  private previewFrom = 0
  private firstShown = false
  /** When the last key was pressed (the key event's time), for the timings. */
  private keyAt = 0
  /** Set once other files are opened: answers still on their way are not shown. */
  private closed = false
  private storeTimer?: ReturnType<typeof setTimeout>
  private readonly hooks: EditorHooks

  constructor(
    readonly session: Session,
    private readonly workers: AnalysisWorkers,
  ) {
    this.findings = workers.findings
    this.hooks = {
      onChange: (text) => this.onChange(text),
      onKey: (at) => {
        this.keyAt = at
      },
      explain: (mark) => this.explain(mark),
      label: () => `${t('tabMemo')}: ${this.session.current}`,
    }
    this.view = createEditorView($('editor'), this.stateOf(session.current))
  }

  /** Sends the files to both workers (the panels' also as opened, for the changes view) and shows the first findings. */
  async start(): Promise<void> {
    this.renderFileList()
    this.showHeading()
    const files = [...this.session.files]
    const saved = [...this.session.saved]
    void this.findings.ask({ type: 'open', files })
    const shown = this.analyze()
    // The panels' worker gets the files once the first findings are shown, so it does not take a core from them.
    this.panelsReady = shown.then(() => this.workers.panels.ask({ type: 'open', files, saved }))
    await shown
  }

  /** Stops showing answers (other files are opened; the workers serve those next). */
  close(): void {
    this.closed = true
  }

  /** The editor state of a file, made on first use so each file keeps its own undo history. */
  private stateOf(file: string): EditorState {
    let state = this.states.get(file)
    if (!state) {
      state = createFileState(this.session.files.get(file) ?? '', this.hooks)
      this.states.set(file, state)
    }
    return state
  }

  /** Shows another file, optionally with the cursor at an offset. */
  openFile(file: string, at?: number): void {
    if (!this.session.files.has(file)) return
    this.states.set(this.session.current, this.view.state)
    this.session.current = file
    this.view.setState(this.stateOf(file))
    if (at !== undefined) {
      const pos = Math.min(at, this.view.state.doc.length)
      this.view.dispatch({ selection: EditorSelection.cursor(pos), scrollIntoView: true })
    }
    this.view.focus()
    this.renderFileList()
    this.showHeading()
    // The findings are known for every file; the amounts come with the analysis asked for here.
    this.applyToEditor()
    void this.analyze()
    this.scheduleStore()
  }

  private onChange(text: string): void {
    // Timed from the key press when a key made the change (the time it waited for the page counts too).
    const now = performance.now()
    const from = this.keyAt > 0 && this.keyAt <= now ? this.keyAt : now
    this.keyAt = 0
    this.findingsFrom = from
    this.previewFrom = from
    const file = this.session.current
    const wasUnsaved = this.session.files.get(file) !== this.session.saved.get(file)
    this.session.files.set(file, text)
    // The file list changes only when the file becomes unsaved or saved again, not on every key.
    if (wasUnsaved !== (text !== this.session.saved.get(file))) this.renderFileList()
    this.edits.set(file, text)
    this.panelEdits.set(file, text)
    this.scheduleStore()
    void this.analyze()
  }

  /**
   * Has the worker evaluate the edits made since the last request. One
   * analysis runs at a time; edits made meanwhile go in the next one, and
   * a result that newer edits have overtaken is not shown.
   */
  private async analyze(): Promise<void> {
    this.analysisWanted = true
    if (this.analysisRunning) return
    this.analysisRunning = true
    try {
      while (this.analysisWanted) {
        this.analysisWanted = false
        const edits = [...this.edits]
        this.edits.clear()
        const reply = await this.findings.ask({ type: 'analyze', edits, current: this.session.current })
        if (!this.analysisWanted) this.showAnalysis(reply)
      }
    } finally {
      this.analysisRunning = false
    }
  }

  /**
   * Shows an analysis: the findings and amounts in the editor, then the
   * finding list; then asks for the panels, so their worker does not take
   * a core from the findings while those are worked out.
   */
  private showAnalysis(reply: AnalyzedReply): void {
    if (this.closed) return
    const byFile = new Map<string, Diagnostic[]>()
    for (const finding of reply.findings) {
      const list = byFile.get(finding.file) ?? []
      list.push(finding)
      byFile.set(finding.file, list)
    }
    this.findingsByFile = byFile
    this.baselineProblem = reply.baselineProblem
    this.marks = { file: reply.file, list: reply.marks }
    this.applyToEditor()
    if (this.findingsFrom > 0) recordTiming('diagnostics', performance.now() - this.findingsFrom)
    // performance.now() counts from the navigation's start: load, parse, evaluate, show.
    else if (!this.firstShown) recordTiming('firstDiagnostics', performance.now())
    this.findingsFrom = 0
    this.firstShown = true
    this.renderFindingList()
    void this.requestPanels()
  }

  /** Puts the current file's findings and amounts into the editor. */
  private applyToEditor(): void {
    const file = this.session.current
    const doc = this.view.state.doc
    const findings = this.findingsByFile.get(file) ?? []
    const effects = [...[setDiagnostics(this.view.state, findingsToLint(findings, doc, file)).effects ?? []].flat()]
    if (this.marks?.file === file) effects.push(setAmountMarks.of(this.marks.list.map((mark) => (mark.text === undefined ? { ...mark, text: t('cannotCompute') } : mark))))
    this.view.dispatch({ effects })
  }

  /** The derivation of an amount, as `fordela explain` writes it. */
  private explain(mark: ShownMark): Promise<string> {
    return this.findings.ask({ type: 'explain', file: this.session.current, index: mark.index, lang: currentLanguage() }).then((reply) => reply.text)
  }

  private scheduleStore(): void {
    clearTimeout(this.storeTimer)
    this.storeTimer = setTimeout(() => void storeSession(this.session), 150)
  }

  /** Stores the session now (before a reload, after a save). */
  async storeNow(): Promise<void> {
    clearTimeout(this.storeTimer)
    await storeSession(this.session)
  }

  /**
   * Has the panels' worker render the memo, "vem får vad" and the changes
   * of the allocation shown (or shown last) with the edits made since it
   * last did. One render runs at a time; an answer that newer edits have
   * overtaken is not shown.
   */
  private async requestPanels(): Promise<void> {
    this.panelsWanted = true
    if (this.panelsRunning) return
    this.panelsRunning = true
    try {
      while (this.panelsWanted) {
        this.panelsWanted = false
        const edits = [...this.panelEdits]
        this.panelEdits.clear()
        await this.panelsReady
        const reply = await this.workers.panels.ask({ type: 'panels', edits, current: this.session.current, lang: currentLanguage() })
        if (!this.panelsWanted) this.showPanels(reply)
      }
    } finally {
      this.panelsRunning = false
    }
  }

  /** Shows what the panels' worker rendered. */
  private showPanels(reply: PanelsReply): void {
    if (this.closed) return
    this.memoFile = reply.file
    this.lastMemo = reply.memo
    const memoPanel = $('panel-memo')
    memoPanel.replaceChildren()
    if (!reply.memo) {
      memoPanel.append(paragraph(t('noMemo')))
    } else {
      if (reply.memo.blocked) memoPanel.append(paragraph(t('memoHasErrors'), 'memo-blocked'))
      const body = document.createElement('div')
      body.className = 'memo-body'
      // Sanitised HTML built from the memo's mdast tree: no raw HTML from a spec can reach it.
      body.innerHTML = reply.memo.html
      memoPanel.append(body)
    }
    $('panel-parties').replaceChildren(reply.parties ? createTable(reply.parties) : paragraph(t('noMemo')))
    $('panel-changes').replaceChildren(showChanges(reply.changes))
    if (this.previewFrom > 0) recordTiming('preview', performance.now() - this.previewFrom)
    this.previewFrom = 0
    ;($('download-memo') as HTMLButtonElement).disabled = !reply.memo || reply.memo.blocked
  }

  /** The Markdown `fordela render` writes for the shown document, and its file name; undefined when it would refuse. */
  memoDownload(): { markdown: string; name: string } | undefined {
    const memo = this.lastMemo
    if (!memo || memo.blocked || !this.memoFile) return undefined
    const base = this.memoFile.slice(this.memoFile.lastIndexOf('/') + 1).replace(/\.ya?ml$/iu, '')
    return { markdown: memo.markdown, name: `${base}.md` }
  }

  /** Marks the current texts as saved. */
  markSaved(): void {
    for (const [file, text] of this.session.files) this.session.saved.set(file, text)
    this.renderFileList()
    void this.storeNow()
  }

  /** Re-renders every text after a language change. */
  refreshTexts(): void {
    this.renderFileList()
    this.renderFindingList()
    this.applyToEditor()
    void this.requestPanels()
  }

  private showHeading(): void {
    $('editor-heading').textContent = this.session.current
  }

  private renderFileList(): void {
    const unsaved = new Set(unsavedFiles(this.session))
    const list = $('file-list')
    list.replaceChildren(
      ...[...this.session.files.keys()].sort().map((file) => {
        const item = document.createElement('li')
        const button = document.createElement('button')
        button.type = 'button'
        button.className = 'file-button-link'
        button.textContent = file
        if (file === this.session.current) button.setAttribute('aria-current', 'page')
        if (unsaved.has(file)) {
          const mark = document.createElement('span')
          mark.className = 'unsaved-mark'
          mark.textContent = ` ● ${t('unsaved')}`
          button.append(mark)
        }
        button.addEventListener('click', () => this.openFile(file))
        item.append(button)
        return item
      }),
    )
    document.title = `${unsaved.size > 0 ? '● ' : ''}${this.session.current} – Fordela studio`
  }

  /** Every finding in every file; choosing one opens its file at its position. */
  private renderFindingList(): void {
    const list = $('finding-list')
    const all: Diagnostic[] = [...this.findingsByFile.values()].flat()
    const notices: HTMLLIElement[] = []
    if (this.baselineProblem) {
      const item = document.createElement('li')
      item.className = 'finding-item finding-error'
      item.textContent = t('baselineBroken', { file: 'fordela-baseline.json', reason: this.baselineProblem[currentLanguage()] })
      notices.push(item)
    }
    if (all.length === 0) {
      const item = document.createElement('li')
      item.textContent = t('noFindings')
      list.replaceChildren(...notices, item)
      return
    }
    list.replaceChildren(
      ...notices,
      ...all.slice(0, 200).map((finding) => {
        const item = document.createElement('li')
        item.className = `finding-item finding-${finding.severity}`
        const button = document.createElement('button')
        button.type = 'button'
        const where = document.createElement('span')
        where.className = 'finding-where'
        where.textContent = `${t(finding.severity)} · ${finding.file}`
        button.append(where, renderFinding(finding))
        button.addEventListener('click', () => this.openFile(finding.file, finding.span[0]))
        item.append(button)
        return item
      }),
    )
  }
}

/** The changes panel: the table, "no changes", or nothing to compare. */
function showChanges(changes: PanelsReply['changes']): HTMLElement {
  if (!changes) return paragraph(t('noMemo'))
  if (changes === 'none') return paragraph(t('noChanges'))
  const box = document.createElement('div')
  box.append(paragraph(t('changesIntro')), createTable(changes))
  return box
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p')
  p.textContent = text
  if (className) p.className = className
  return p
}
