/// <reference lib="webworker" />
import { listAmountMarks, type AmountMark } from './amount-marks.js'
import { analyzeFiles, type Analysis } from './analyze-files.js'
import { explainMark } from './explain-mark.js'
import type { AnalyzedReply, PanelsReply, ShownMark, WorkerReply, WorkerRequest } from './protocol.js'
import { renderMemo } from './render-memo.js'
import { tabulateChanges } from '../panels/changes-view.js'
import { memoToHtml } from '../panels/memo-preview.js'
import { tabulateWhoGetsWhat } from '../panels/who-gets-what.js'
import { setLanguage } from '../ui/texts.js'

/**
 * The studio's analysis worker: it keeps the open files and evaluates them
 * with the CLI's parser and engine on every edit (or renders the memo and
 * tables), so the page's thread only edits text and shows results.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope
const files = new Map<string, string>()
let opened: Analysis | undefined
let latest: Analysis | undefined
/** The file whose document the panels show: the one shown, or the last document shown. */
let panelFile: string | undefined
/** The marks sent last per file, with the analysis they come from: what an explain request's index refers to. */
const sentMarks = new Map<string, { readonly analysis: Analysis; readonly marks: readonly AmountMark[] }>()

function reply(message: WorkerReply): void {
  scope.postMessage(message)
}

async function analyze(id: number, current: string): Promise<AnalyzedReply> {
  latest = await analyzeFiles(files)
  const allocation = latest.allocationIn(current)
  const marks = allocation ? listAmountMarks(allocation, current) : []
  sentMarks.set(current, { analysis: latest, marks })
  const shown = marks.map(({ at, text, kind }, index): ShownMark => ({ at, kind, index, ...(text !== undefined ? { text } : {}) }))
  return { type: 'analyzed', id, findings: latest.findings, ...(latest.baselineProblem ? { baselineProblem: latest.baselineProblem } : {}), file: current, marks: shown }
}

function panels(id: number, current: string): PanelsReply {
  const analysis = latest
  if (!analysis) return { type: 'panels', id }
  if (analysis.evaluation.workspace.documentByFile(current)) panelFile = current
  const file = panelFile
  if (!file) return { type: 'panels', id }
  const memo = renderMemo(analysis, file)
  const allocation = analysis.allocationIn(file)
  const before = opened?.allocationIn(file)
  return {
    type: 'panels',
    id,
    file,
    ...(memo.rendered ? { memo: { html: memoToHtml(memo.rendered.tree), markdown: memo.rendered.markdown, blocked: memo.blocked } } : {}),
    ...(allocation ? { parties: tabulateWhoGetsWhat(allocation) } : {}),
    ...(allocation && before ? { changes: tabulateChanges(before, allocation) } : {}),
  }
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  switch (request.type) {
    case 'open': {
      files.clear()
      for (const [file, text] of request.files) files.set(file, text)
      panelFile = undefined
      latest = undefined
      opened = request.saved ? await analyzeFiles(new Map(request.saved)) : undefined
      return { type: 'opened', id: request.id }
    }
    case 'analyze':
      for (const [file, text] of request.edits) files.set(file, text)
      return analyze(request.id, request.current)
    case 'panels':
      for (const [file, text] of request.edits) files.set(file, text)
      setLanguage(request.lang)
      latest = await analyzeFiles(files)
      return panels(request.id, request.current)
    case 'explain': {
      const sent = sentMarks.get(request.file)
      const mark = sent?.marks[request.index]
      return { type: 'explain', id: request.id, text: sent && mark ? explainMark(sent.analysis, request.file, mark, request.lang) : '' }
    }
  }
}

// One request at a time, in order: an edit's analysis always sees the edits before it.
let queue = Promise.resolve()
scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  queue = queue.then(async () => {
    try {
      reply(await handle(request))
    } catch (error) {
      console.error(error)
      reply({ type: 'failed', id: request.id, message: String((error as Error).message) })
    }
  })
})
