import { setDiagnostics } from '@codemirror/lint'
import { EditorSelection, type EditorState, type Transaction, type TransactionSpec } from '@codemirror/state'
import type { EditorView } from '@codemirror/view'
import type { Diagnostic } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'
import { listAmountMarks, type AmountMark } from '../analysis/amount-marks.js'
import { analyzeEdit, analyzeFiles, type Analysis } from '../analysis/analyze-files.js'
import { explainMark } from '../analysis/explain-mark.js'
import { renderMemo, type MemoResult } from '../analysis/render-memo.js'
import { setAmountMarks } from '../editor/amount-widgets.js'
import { createEditorView, createFileState, type EditorHooks } from '../editor/create-editor.js'
import { findingsToLint, renderFinding } from '../editor/findings-to-lint.js'
import { tabulateChanges } from '../panels/changes-view.js'
import { createTable } from '../panels/create-table.js'
import { memoToHtml } from '../panels/memo-preview.js'
import { tabulateWhoGetsWhat } from '../panels/who-gets-what.js'
import { markWritten, storeSession, unsavedFiles, type Session } from '../workspace/session.js'
import { currentLanguage, t } from '../ui/texts.js'
import { recordTiming } from './timings.js'

/** The finding list shows at most this many (the editor marks every one in its file). */
const LISTED_FINDINGS = 200

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

/**
 * The workbench: one editor over the session's files, re-evaluated on every
 * change through the real parser and engine; findings and amounts go into
 * the editor with the change itself, the memo and tables right after.
 */
export class StudioApp {
  private readonly states = new Map<string, EditorState>()
  private readonly view: EditorView
  private analysis?: Analysis
  private opened?: Analysis
  private memoFile: string | undefined
  private lastMemo: MemoResult | undefined
  private run = 0
  /** Whether a full load of the files is under way: until it ends, no keystroke is assembled from the last analysis. */
  private loading = false
  /** When the edit whose findings (and whose preview) are not shown yet was made; 0 when none is waiting. */
  private findingsFrom = 0
  private previewFrom = 0
  /** When the last key was pressed (the key event's time), for the timings. */
  private keyAt = 0
  /** Set once other files are opened: work still under way shows nothing. */
  private closed = false
  /** What the finding list shows now (see renderFindingList). */
  private shownFindings = ''
  /** What the memo panel shows now: its language, HTML and whether it is blocked. */
  private shownMemo = ''
  /** Counts previews started: one that a newer one has overtaken stops at its next step. */
  private previewRun = 0
  private previewTimer?: ReturnType<typeof setTimeout>
  private storeTimer?: ReturnType<typeof setTimeout>
  private unsavedTimer?: ReturnType<typeof setTimeout>
  private readonly hooks: EditorHooks

  constructor(readonly session: Session) {
    this.hooks = {
      onKey: (at) => {
        this.keyAt = at
      },
      explain: (mark) => this.explain(mark),
      label: () => `${t('tabMemo')}: ${this.session.current}`,
    }
    this.view = createEditorView($('editor'), this.stateOf(session.current), (transactions, view) =>
      this.dispatch(transactions, view),
    )
  }

  /** Evaluates the files as opened (for the changes view) and as they are now. */
  async start(): Promise<void> {
    this.opened = await analyzeFiles(this.session.saved)
    if (this.closed) return
    this.renderFileList()
    this.showHeading()
    await this.analyze()
  }

  /** Stops showing anything (other files were opened, perhaps while this was still starting). */
  close(): void {
    this.closed = true
    clearTimeout(this.previewTimer)
    clearTimeout(this.storeTimer)
    clearTimeout(this.unsavedTimer)
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
    this.applyToEditor()
    this.schedulePreview()
    this.scheduleStore()
  }

  /**
   * Applies the editor's transactions. When they change the text, the
   * engine runs at once where nothing needs reading (the usual keystroke),
   * and its findings and amounts join the same update as the change: one
   * redraw per keystroke. Otherwise the full load follows the update.
   */
  private dispatch(transactions: readonly Transaction[], view: EditorView): void {
    const state = transactions[transactions.length - 1]?.state
    if (!state || !transactions.some((transaction) => transaction.docChanged)) {
      view.update(transactions)
      return
    }
    this.startEdit()
    const file = this.session.current
    this.recordText(file, state.doc.toString())
    const analysis =
      this.closed || this.loading || !this.analysis ? undefined : analyzeEdit(this.analysis, this.session.files, file)
    if (!analysis) {
      view.update(transactions)
      void this.analyze()
      return
    }
    this.analysis = analysis
    view.update([...transactions, state.update(this.findingsSpec(state, analysis))])
    this.showAnalysis()
  }

  /** Starts the timings of an edit: from the key press when a key made it (the time it waited for the page counts too). */
  private startEdit(): void {
    const now = performance.now()
    const from = this.keyAt > 0 && this.keyAt <= now ? this.keyAt : now
    this.keyAt = 0
    this.findingsFrom = from
    this.previewFrom = from
  }

  /** Keeps the shown file's new text in the session (stored soon, marked unsaved). */
  private recordText(file: string, text: string): void {
    const wasUnsaved = this.session.files.get(file) !== this.session.saved.get(file)
    this.session.files.set(file, text)
    // The file list changes only when the file becomes unsaved or saved again, not on every key,
    // and after the keystroke's own update: the editor is drawn first.
    if (wasUnsaved !== (text !== this.session.saved.get(file))) {
      clearTimeout(this.unsavedTimer)
      this.unsavedTimer = setTimeout(() => this.markUnsaved(file), 0)
    }
    this.scheduleStore()
  }

  /** Runs the engine over every file, read anew; a result that a newer edit has overtaken is dropped. */
  private async analyze(): Promise<void> {
    const run = ++this.run
    this.loading = true
    const analysis = await analyzeFiles(this.session.files)
    if (run !== this.run || this.closed) return
    this.loading = false
    this.analysis = analysis
    this.applyToEditor()
    this.showAnalysis(run === 1)
  }

  /** Records how long the findings took, lists them, and schedules the panels. */
  private showAnalysis(first = false): void {
    if (this.findingsFrom > 0) recordTiming('diagnostics', performance.now() - this.findingsFrom)
    // performance.now() counts from the navigation's start: load, parse, evaluate, show.
    else if (first) recordTiming('firstDiagnostics', performance.now())
    this.findingsFrom = 0
    this.renderFindingList()
    this.schedulePreview()
  }

  /** Puts the current file's findings and amounts into the editor, if the analysis is of the text it shows. */
  private applyToEditor(): void {
    const analysis = this.analysis
    if (!analysis || this.view.state.doc.toString() !== this.session.files.get(this.session.current)) return
    this.view.dispatch(this.findingsSpec(this.view.state, analysis))
  }

  /** The findings and amounts of the shown file, for an editor state with the analysed text. */
  private findingsSpec(state: EditorState, analysis: Analysis): TransactionSpec {
    const file = this.session.current
    const findings = analysis.findingsByFile.get(file) ?? []
    const allocation = analysis.allocationIn(file)
    const marks = allocation
      ? listAmountMarks(allocation, file).map((mark) =>
          mark.text === undefined ? { ...mark, text: t('cannotCompute') } : mark,
        )
      : []
    const spec = setDiagnostics(state, findingsToLint(findings, state.doc, file))
    return { ...spec, effects: [...[spec.effects ?? []].flat(), setAmountMarks.of(marks)] }
  }

  /** The derivation of an amount, as `fordela explain` writes it. */
  private explain(mark: AmountMark): string {
    return this.analysis ? explainMark(this.analysis, this.session.current, mark, currentLanguage()) : ''
  }

  private schedulePreview(): void {
    clearTimeout(this.previewTimer)
    this.previewTimer = setTimeout(() => void this.renderPanels(), 0)
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
   * The memo, "vem får vad" and the changes of the allocation shown (or
   * shown last), drawn in steps that are each a task of their own: a key
   * pressed meanwhile is handled first, and a newer preview replaces this
   * one where it stands.
   */
  private async renderPanels(): Promise<void> {
    const run = ++this.previewRun
    const overtaken = () => run !== this.previewRun || this.closed
    const analysis = this.analysis
    if (!analysis || this.closed) return
    if (analysis.evaluation.workspace.documentByFile(this.session.current)) this.memoFile = this.session.current
    const file = this.memoFile
    const memo = file ? renderMemo(analysis, file) : undefined
    await nextTask()
    if (overtaken()) return
    // Sanitised HTML built from the memo's mdast tree: no raw HTML from a spec can reach it.
    const html = memo?.rendered ? memoToHtml(memo.rendered.tree) : undefined
    await nextTask()
    if (overtaken()) return
    this.lastMemo = memo
    // A keystroke that changes nothing the memo says (a comment, a space) leaves it as drawn.
    const shownMemo = JSON.stringify([currentLanguage(), html, memo?.blocked])
    if (shownMemo !== this.shownMemo) {
      this.shownMemo = shownMemo
      const memoPanel = $('panel-memo')
      memoPanel.replaceChildren()
      if (html === undefined) {
        memoPanel.append(paragraph(t('noMemo')))
      } else {
        if (memo?.blocked) memoPanel.append(paragraph(t('memoHasErrors'), 'memo-blocked'))
        const body = document.createElement('div')
        body.className = 'memo-body'
        body.innerHTML = html
        memoPanel.append(body)
      }
    }
    ;($('download-memo') as HTMLButtonElement).disabled = !memo?.rendered || memo.blocked
    await nextTask()
    if (overtaken()) return
    const allocation = file ? analysis.allocationIn(file) : undefined
    $('panel-parties').replaceChildren(
      allocation ? createTable(tabulateWhoGetsWhat(allocation)) : paragraph(t('noMemo')),
    )
    const before = file ? this.opened?.allocationIn(file) : undefined
    $('panel-changes').replaceChildren(
      showChanges(allocation && before ? tabulateChanges(before, allocation) : undefined),
    )
    if (this.previewFrom > 0) recordTiming('preview', performance.now() - this.previewFrom)
    this.previewFrom = 0
  }

  /** The Markdown `fordela render` writes for the shown document, and its file name; undefined when it would refuse. */
  memoDownload(): { markdown: string; name: string } | undefined {
    const memo = this.lastMemo
    if (!memo?.rendered || memo.blocked || !this.memoFile) return undefined
    const base = this.memoFile.slice(this.memoFile.lastIndexOf('/') + 1).replace(/\.ya?ml$/iu, '')
    return { markdown: memo.rendered.markdown, name: `${base}.md` }
  }

  /** Marks the texts a save wrote (as they were when it began) as saved. */
  markSaved(written: ReadonlyMap<string, string>): void {
    markWritten(this.session, written)
    this.renderFileList()
    void this.storeNow()
  }

  /** Re-renders every text after a language change. */
  refreshTexts(): void {
    this.renderFileList()
    this.renderFindingList()
    this.applyToEditor()
    void this.renderPanels()
  }

  private showHeading(): void {
    $('editor-heading').textContent = this.session.current
  }

  /** Shows or takes away one file's unsaved mark (and the title's), without redrawing the list. */
  private markUnsaved(file: string): void {
    const button = [...$('file-list').querySelectorAll<HTMLButtonElement>('button.file-button-link')].find(
      (candidate) => candidate.dataset.file === file,
    )
    if (!button) {
      this.renderFileList()
      return
    }
    button.querySelector('.unsaved-mark')?.remove()
    if (this.session.files.get(file) !== this.session.saved.get(file)) button.append(unsavedMark())
    this.showTitle()
  }

  private showTitle(): void {
    document.title = `${unsavedFiles(this.session).length > 0 ? '● ' : ''}${this.session.current} – Fordela studio`
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
        button.dataset.file = file
        if (file === this.session.current) button.setAttribute('aria-current', 'page')
        if (unsaved.has(file)) button.append(unsavedMark())
        button.addEventListener('click', () => this.openFile(file))
        item.append(button)
        return item
      }),
    )
    this.showTitle()
  }

  /** Every finding in every file; choosing one opens its file at its position. Not redrawn when a keystroke changes none of it. */
  private renderFindingList(): void {
    const list = $('finding-list')
    const all: Diagnostic[] = [...(this.analysis?.findings ?? [])]
    const shown = JSON.stringify([
      currentLanguage(),
      this.analysis?.baselineProblem,
      all
        .slice(0, LISTED_FINDINGS)
        .map((finding) => [
          finding.file,
          finding.span,
          finding.code,
          finding.severity,
          finding.message,
          finding.hint,
          finding.suggestions,
        ]),
    ])
    if (shown === this.shownFindings) return
    this.shownFindings = shown
    const notices: HTMLLIElement[] = []
    if (this.analysis?.baselineProblem) {
      const item = document.createElement('li')
      item.className = 'finding-item finding-error'
      item.textContent = t('baselineBroken', {
        file: 'fordela-baseline.json',
        reason: say(currentLanguage(), messages.baseline[this.analysis.baselineProblem]),
      })
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
      ...all.slice(0, LISTED_FINDINGS).map((finding) => {
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

/** Resolves in a task of its own, after whatever input is waiting. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** The changes panel: the table, "no changes", or nothing to compare. */
function showChanges(changes: ReturnType<typeof tabulateChanges> | undefined): HTMLElement {
  if (!changes) return paragraph(t('noMemo'))
  if (changes === 'none') return paragraph(t('noChanges'))
  const box = document.createElement('div')
  box.append(paragraph(t('changesIntro')), createTable(changes))
  return box
}

/** The mark after an unsaved file's name. */
function unsavedMark(): HTMLSpanElement {
  const mark = document.createElement('span')
  mark.className = 'unsaved-mark'
  mark.textContent = ` ● ${t('unsaved')}`
  return mark
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p')
  p.textContent = text
  if (className) p.className = className
  return p
}
