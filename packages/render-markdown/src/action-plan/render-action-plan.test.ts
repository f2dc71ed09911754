import { describe, expect, test } from 'vitest'
import type { ActionPlanDocument, SpecDocument } from '@fordela/parser'
import { evaluateFiles, readExampleFiles, replaceOnce } from '../__fixtures__/memory-workspace.js'
import { sectionUnder } from '../__fixtures__/markdown-text.js'
import { lintMarkdown } from '../__fixtures__/read-markdown.js'
import { renderDocument } from '../render-document.js'
import { renderActionPlan } from './render-action-plan.js'

const PLAN = 'vastra-gotaland/2026-handlingsplan.yaml'

async function renderPlan(files = readExampleFiles()): Promise<string> {
  const evaluation = await evaluateFiles(files)
  const rendered = renderDocument(
    evaluation,
    evaluation.workspace.documentById('vg-2026-handlingsplan') as SpecDocument,
  )
  if (!rendered) throw new Error('the plan did not render')
  return rendered.markdown
}

describe('the 2026 handlingsplan', () => {
  test('follows the plan’s structure: adoption, authors, background, återblick, basis, goals per area, work plan, follow-up', async () => {
    const markdown = await renderPlan()
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# Länsgemensam handlingsplan för psykisk hälsa och suicidprevention 2026',
      '## Bakgrund',
      '## Återblick från 2025',
      '## Utgångspunkter',
      '## Mål för 2026',
      '### Genomförande av strategin',
      '### Suicidprevention',
      '### Komplexa behov/samsjuklighet',
      '## Arbetet framåt, under 2026',
      '## Uppföljning',
    ])
    // The plan's date 260319 is written as 2026-03-19.
    expect(markdown.split('\n').slice(2, 8)).toEqual([
      'Antagen av Samrådsorganet 2026-03-19.',
      '',
      'För arbetsgruppen:',
      '',
      '- Marina Timm, Skaraborgs kommunalförbund',
      '- Magnus Skog, Västra Götalandsregionen',
    ])
    expect(sectionUnder(markdown, '### Suicidprevention').filter((line) => line !== '')).toEqual([
      'Hör till överenskommelsens område 4, Stärkt suicidpreventivt arbete.',
      '- Tillsammans verka för ett samordnat, kunskapsbaserat och långsiktigt suicidpreventivt arbete, för att främja psykiskt välbefinnande, minska antal suicid och suicidalt lidande, samt främja:',
      '  - arbetssätt för erbjudande av efterlevandestöd',
      '  - arbetssätt för samarbete, exempelvis vid socioekonomisk utsatthet',
      '  - arbetssätt för samordnad händelseanalys vid suicid',
    ])
  })

  test('a goal’s delmål links are shown by their titles in the strategy, with its indicators', async () => {
    const files = replaceOnce(
      readExampleFiles(),
      PLAN,
      '      - id: samordnat-suicidpreventivt-arbete\n',
      '      - id: samordnat-suicidpreventivt-arbete\n        subgoals: [delmal-6, delmal-1]\n        indicators: [Antal suicid per 100 000 invånare]\n',
    )
    const markdown = await renderPlan(files)
    // delmal-6 "Stärkt suicidpreventivt arbete.", delmal-1 "Ökat fokus på att stärka psykiskt välbefinnande …" in the strategy.
    expect(sectionUnder(markdown, '### Suicidprevention').slice(-6, -1)).toEqual([
      '  - arbetssätt för samordnad händelseanalys vid suicid',
      '',
      '  Strategins delmål: *Stärkt suicidpreventivt arbete* och *Ökat fokus på att stärka psykiskt välbefinnande och psykisk hälsa som resurs för individ och samhälle*.',
      '',
      '  Indikatorer: Antal suicid per 100 000 invånare.',
    ])
    expect(await lintMarkdown(markdown)).toEqual([])
  })

  test('without the agreement and strategy, links are shown by id', async () => {
    const evaluation = await evaluateFiles(readExampleFiles())
    const plan = evaluation.workspace.documentById('vg-2026-handlingsplan') as ActionPlanDocument
    const markdown = renderActionPlan(plan).markdown
    expect(sectionUnder(markdown, '### Suicidprevention')[1]).toBe(
      'Hör till överenskommelsens området suicidprevention.',
    )
  })
})
