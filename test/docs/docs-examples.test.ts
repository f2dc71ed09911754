import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findDocExamples, type DocExample } from './find-doc-examples.js'
import { lintExample, type ExampleFinding } from './lint-example.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const docsDir = join(repoRoot, 'docs')
const rulesBase = join(docsDir, 'rules/_base')
const found = findDocExamples(repoRoot, docsDir)

/** Rules that only the command line reports, so their examples are linted through it. */
function needsCli(rule: string | undefined): boolean {
  return rule?.startsWith('suppression/') ?? false
}

/** The example's findings, built on the page's base when it asks for one. */
async function lint(example: DocExample): Promise<ExampleFinding[]> {
  const pageBase = found.pageBases.get(example.page)
  const findings = await lintExample(
    {
      files: example.files,
      named: example.named,
      ...(example.base && pageBase ? { baseFiles: pageBase } : {}),
      ...(example.base && !pageBase ? { baseFolder: rulesBase } : {}),
    },
    needsCli(example.rule),
  )
  return findings.filter((finding) => !isToleratedIn(example, finding))
}

/**
 * The docs' examples illustrate one thing each; most link their sections to
 * delmål without naming the strategy, which would only add a line to every
 * example and move every pinned line number. `link/not-checked` (info) says
 * exactly that and nothing else, so it is tolerated in an example that is not
 * about it; its own pages and the rule's tests pin it.
 */
function isToleratedIn(example: DocExample, finding: ExampleFinding): boolean {
  return finding.rule === 'link/not-checked' && example.rule !== 'link/not-checked'
}

/** A finding as one readable line, so a failing assertion shows what was found. */
function show(finding: ExampleFinding): string {
  return `${finding.file}:${finding.line} ${finding.severity} ${finding.rule}`
}

describe('the code blocks of docs/', () => {
  it('are marked with attributes the test knows, consistently', () => {
    expect(found.problems).toEqual([])
  })

  it('hold examples at all (the scan found the pages)', () => {
    // At least a failing and a passing example per rule page, and the guides' examples.
    expect(found.examples.length).toBeGreaterThan(100)
  })

  it("docs/rules/_base, the rule pages' shared base, lints clean on its own", async () => {
    expect((await lintExample({ files: [], baseFolder: rulesBase }, false)).map(show)).toEqual([])
  })

  for (const [page, files] of found.pageBases) {
    it(`${page}: the page's base files lint clean on their own`, async () => {
      expect((await lintExample({ files }, false)).map(show)).toEqual([])
    })
  }
})

describe.each(
  found.examples.map(
    (example) => [`${example.where} (${example.verdict}${example.rule ? ` ${example.rule}` : ''})`, example] as const,
  ),
)('%s', (_title, example) => {
  if (example.verdict === 'fail') {
    it("produces its rule's finding, on the stated lines", async () => {
      const findings = await lint(example)
      const ofRule = findings.filter((finding) => finding.rule === example.rule).map(show)
      expect(ofRule, `all findings: ${findings.map(show).join('; ')}`).not.toEqual([])
      const places = findings
        .filter((finding) => finding.rule === example.rule)
        .map((finding) => `${finding.file}:${finding.line}`)
      expect(places).toEqual(
        expect.arrayContaining(example.expectedLines.map((expected) => `${expected.file}:${expected.line}`)),
      )
    })
  } else if (example.rule) {
    it('produces no finding of its rule and no error', async () => {
      const findings = await lint(example)
      expect(
        findings.filter((finding) => finding.rule === example.rule || finding.severity === 'error').map(show),
      ).toEqual([])
    })
  } else {
    it('lints without any finding', async () => {
      expect((await lint(example)).map(show)).toEqual([])
    })
  }
})
