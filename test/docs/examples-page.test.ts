import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { run } from '../../packages/cli/src/run.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The lines of the block docs/examples.md marks with ```` ```text fordela-lint-examples ````. */
function readDocumentedFindings(): string[] {
  const page = readFileSync(join(repoRoot, 'docs/examples.md'), 'utf8')
  const block = /^```text fordela-lint-examples\n([\s\S]*?)^```$/m.exec(page)?.[1] ?? ''
  return block.split('\n').filter((line) => line.trim() !== '')
}

/** `fordela lint examples` as the README runs it, from the repository root, as `file:line:column severity rule`. */
async function lintExamples(): Promise<{ code: number; findings: string[] }> {
  let stdout = ''
  const io = {
    cwd: repoRoot,
    env: {},
    stdoutIsTTY: false,
    writeOut: (text: string) => {
      stdout += text
    },
    writeErr: () => undefined,
  }
  const code = await run(['lint', 'examples', '--format', 'json', '--lang', 'en'], io)
  const report = JSON.parse(stdout) as {
    files: { diagnostics: { file: string; line: number; column: number; severity: string; rule: string }[] }[]
  }
  const findings = report.files.flatMap((file) =>
    file.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`),
  )
  return { code, findings }
}

describe('docs/examples.md', () => {
  it('lists exactly the findings `fordela lint examples` reports', async () => {
    // The real 2025 documents contain these; the page explains each with its arithmetic.
    const { code, findings } = await lintExamples()
    expect(findings).toEqual(readDocumentedFindings())
    expect(code).toBe(findings.some((finding) => finding.includes(' error ')) ? 1 : 0)
  })
})
