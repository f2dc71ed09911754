import { setDiagnostics } from '@codemirror/lint'
import { EditorSelection, type EditorState } from '@codemirror/state'
import type { EditorView } from '@codemirror/view'
import { formatTraceText, traceAllocation, traceLines } from '@fordela/render-markdown'
import type { Diagnostic } from '@fordela/parser'
import { listAmountMarks, type AmountMark } from '../analysis/amount-marks.js'
import { analyzeFiles, type Analysis } from '../analysis/analyze-files.js'
import { renderMemo, type MemoResult } from '../analysis/render-memo.js'
import { setAmountMarks } from '../editor/amount-widgets.js'
import { createEditorView, createFileState, type EditorHooks } from '../editor/create-editor.js'
import { findingsToLint, renderFinding } from '../editor/findings-to-lint.js'
import { renderChanges } from '../panels/changes-view.js'
import { memoToHtml } from '../panels/memo-preview.js'
import { renderWhoGetsWhat } from '../panels/who-gets-what.js'
import { storeSession, unsavedFiles, type Session } from '../workspace/session.js'
import { currentLanguage, t } from '../ui/texts.js'
import { recordTiming } from './timings.js'

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

/**
 * The workbench: one editor over the session's files, re-evaluated on every
 * change through the real parser and engine; findings and amounts go into
 * the editor at once, the memo and tables right after.
 */
export class StudioApp {
  private readonly states = new Map<string, EditorState>()
  private readonly view: EditorView
  private analysis?: Analysis
  private opened?: Analysis
  private memoFile: string | undefined
  private lastMemo: MemoResult | undefined
  private run = 0
  private changedAt = 0
  private previewTimer?: ReturnType<typeof setTimeout>
  private storeTimer?: ReturnType<typeof setTimeout>
  private readonly hooks: EditorHooks

  constructor(readonly session: Session) {
    this.hooks = {
      onChange: (text) => this.onChange(text),
      explain: (mark) => this.explain(mark),
      label: () => `${t('tabMemo')}: ${this.session.current}`,
    }
    this.view = createEditorView($('editor'), this.stateOf(session.current))
  }

  /** Evaluates the files as opened (for the changes view) and as they are now. */
  async start(): Promise<void> {
    this.opened = await analyzeFiles(this.session.saved)
    this.renderFileList()
    this.showHeading()
    await this.analyze()
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

  private onChange(text: string): void {
    this.changedAt = performance.now()
    this.session.files.set(this.session.current, text)
    this.renderFileList()
    this.scheduleStore()
    void this.analyze()
  }

  /** Runs the engine over every file; a result that a newer edit has overtaken is dropped. */
  private async analyze(): Promise<void> {
    const run = ++this.run
    const analysis = await analyzeFiles(this.session.files)
    if (run !== this.run) return
    this.analysis = analysis
    this.applyToEditor()
    if (this.changedAt > 0) recordTiming('diagnostics', performance.now() - this.changedAt)
    // performance.now() counts from the navigation's start: load, parse, evaluate, show.
    else if (run === 1) recordTiming('firstDiagnostics', performance.now())
    this.renderFindingList()
    this.schedulePreview()
  }

  /** Puts the current file's findings and amounts into the editor, if the analysis is of the text it shows. */
  private applyToEditor(): void {
    const analysis = this.analysis
    const file = this.session.current
    if (!analysis || this.view.state.doc.toString() !== this.session.files.get(file)) return
    const findings = analysis.findingsByFile.get(file) ?? []
    const allocation = analysis.allocationIn(file)
    const marks = allocation ? listAmountMarks(allocation, file, t('cannotCompute')) : []
    const spec = setDiagnostics(this.view.state, findingsToLint(findings, this.view.state.doc, file))
    this.view.dispatch({ ...spec, effects: [...[spec.effects ?? []].flat(), setAmountMarks.of(marks)] })
  }

  /** The derivation of an amount, as `fordela explain` writes it. */
  private explain(mark: AmountMark): string {
    const analysis = this.analysis
    const allocation = analysis?.allocationIn(this.session.current)
    if (!analysis || !allocation) return ''
    const lang = currentLanguage()
    const lookup = (id: string) => analysis.evaluation.workspace.documentById(id)
    switch (mark.source.type) {
      case 'line': {
        const node = traceLines(allocation, { lang, lookup }).get(mark.source.line)
        return node ? formatTraceText([node]) : ''
      }
      case 'fund': {
        const funds = traceAllocation(allocation, { lang, lookup, fund: mark.source.fund.fund.id.value })[1]
        return funds ? formatTraceText(funds.children) : ''
      }
      case 'section': {
        const id = mark.source.section.section.id.value
        const section = traceAllocation(allocation, { lang, lookup }).find((node) => node.text.includes(`(${id}):`))
        return section ? formatTraceText([section]) : ''
      }
    }
  }

  private schedulePreview(): void {
    clearTimeout(this.previewTimer)
    this.previewTimer = setTimeout(() => this.renderPanels(), 0)
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

  /** The memo, "vem får vad" and the changes of the allocation shown (or shown last). */
  private renderPanels(): void {
    const analysis = this.analysis
    if (!analysis) return
    if (analysis.evaluation.workspace.documentByFile(this.session.current)) this.memoFile = this.session.current
    const memoPanel = $('panel-memo')
    const partiesPanel = $('panel-parties')
    const changesPanel = $('panel-changes')
    const file = this.memoFile
    const memo = file ? renderMemo(analysis, file) : undefined
    this.lastMemo = memo
    memoPanel.replaceChildren()
    if (!memo?.rendered) {
      memoPanel.append(paragraph(t('noMemo')))
    } else {
      if (memo.blocking.length > 0) memoPanel.append(paragraph(t('memoHasErrors'), 'memo-blocked'))
      const body = document.createElement('div')
      body.className = 'memo-body'
      // Sanitised HTML built from the memo's mdast tree: no raw HTML from a spec can reach it.
      body.innerHTML = memoToHtml(memo.rendered.tree)
      memoPanel.append(body)
    }
    const allocation = file ? analysis.allocationIn(file) : undefined
    partiesPanel.replaceChildren(allocation ? renderWhoGetsWhat(allocation) : paragraph(t('noMemo')))
    const before = file ? this.opened?.allocationIn(file) : undefined
    changesPanel.replaceChildren(allocation && before ? renderChanges(before, allocation) : paragraph(t('noMemo')))
    if (this.changedAt > 0) recordTiming('preview', performance.now() - this.changedAt)
    this.changedAt = 0
    ;($('download-memo') as HTMLButtonElement).disabled = !memo?.rendered || memo.blocking.length > 0
  }

  /** The Markdown `fordela render` writes for the shown document, and its file name; undefined when it would refuse. */
  memoDownload(): { markdown: string; name: string } | undefined {
    const memo = this.lastMemo
    if (!memo?.rendered || memo.blocking.length > 0 || !this.memoFile) return undefined
    const base = this.memoFile.slice(this.memoFile.lastIndexOf('/') + 1).replace(/\.ya?ml$/iu, '')
    return { markdown: memo.rendered.markdown, name: `${base}.md` }
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
    this.renderPanels()
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
    const all: Diagnostic[] = [...(this.analysis?.findingsByFile.values() ?? [])].flat()
    if (all.length === 0) {
      const item = document.createElement('li')
      item.textContent = t('noFindings')
      list.replaceChildren(item)
      return
    }
    list.replaceChildren(
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

function paragraph(text: string, className?: string): HTMLParagraphElement {
  const p = document.createElement('p')
  p.textContent = text
  if (className) p.className = className
  return p
}
