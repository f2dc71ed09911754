import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { evaluateWorkspace, type WorkspaceEvaluation } from '@fordela/engine'
import type { SpecDocument } from '@fordela/parser'
import { examplesRoot, loadExamples, reverseDocuments } from './__fixtures__/example-workspace.js'
import { lintMarkdown } from './__fixtures__/read-markdown.js'
import { renderDocument } from './render-document.js'
import { listDraftFindings } from './list-draft-findings.js'

/** The rendered examples, committed beside their specs: document id → Markdown file in examples/. */
const GOLDEN: readonly (readonly [id: string, file: string])[] = [
  ['vg-2025-lansgemensamma-medel', 'vastra-gotaland/2025-lansgemensamma-medel.md'],
  ['skr-2025', 'nationellt/skr-2025-overenskommelse.md'],
  ['vg-2026-handlingsplan', 'vastra-gotaland/2026-handlingsplan.md'],
  ['ytterlan-2025', 'ytterlan/2025-lansgemensamma-medel.md'],
  ['ytterlan-2026', 'ytterlan/2026-lansgemensamma-medel.md'],
  ['ytterlan-handlingsplan-2026', 'ytterlan/2026-handlingsplan.md'],
]

let evaluation: WorkspaceEvaluation

beforeAll(async () => {
  evaluation = (await loadExamples()).evaluation
})

/** The example as `fordela render` writes it: a draft listing the errors the examples keep on purpose. */
function render(from: WorkspaceEvaluation, id: string): string {
  const document = from.workspace.documentById(id) as SpecDocument
  const rendered = renderDocument(from, document, { draft: listDraftFindings(from, document) })
  if (!rendered) throw new Error(`${id} does not render`)
  expect(rendered.diagnostics).toEqual([])
  return rendered.markdown
}

describe.each(GOLDEN)('the rendered example %s', (id, file) => {
  test('matches the committed file', async () => {
    await expect(render(evaluation, id)).toMatchFileSnapshot(path.join(examplesRoot, file))
  })

  test('passes markdownlint with no findings', async () => {
    expect(await lintMarkdown(render(evaluation, id))).toEqual([])
  })

  test('is the same bytes every time, whatever the order of the documents', () => {
    const first = render(evaluation, id)
    expect(render(evaluation, id)).toBe(first)
    expect(render(evaluateWorkspace(reverseDocuments(evaluation.workspace)), id)).toBe(first)
  })

  test('has LF line endings, no trailing spaces and exactly one newline at the end', () => {
    const markdown = render(evaluation, id)
    expect(markdown).not.toMatch(/\r/)
    expect(markdown).not.toMatch(/[ \t]\n/)
    expect(markdown.endsWith('\n')).toBe(true)
    expect(markdown.endsWith('\n\n')).toBe(false)
  })
})

describe('every memo that uses a dataset', () => {
  test("shows the dataset's reference date and source", () => {
    // The 2025 memo's funds come from the län column (folkmängd 2023-12-31); its splits weigh the
    // kommunalförbund by folkmängd per kommun 2025-09-30. The agreement names both datasets.
    for (const id of ['vg-2025-lansgemensamma-medel', 'skr-2025']) {
      const markdown = render(evaluation, id)
      const underlag = markdown.slice(markdown.indexOf('Underlag\n'))
      expect(underlag, id).toContain(
        '- Folkmängd per län 2023-12-31: värden per 2023-12-31. Källa: SCB, BE0101 Folkmängd 31 december.',
      )
      expect(underlag, id).toContain(
        '- Folkmängd per kommun 2025-09-30: värden per 2025-09-30. Källa: SCB, Folkmängd per kvartal (BE0101), 3:e kvartalet 2025.',
      )
    }
  })

  test('names no dataset where no amount rests on one', () => {
    expect(render(evaluation, 'vg-2026-handlingsplan')).not.toMatch(/^#+ Underlag$/mu)
  })
})
