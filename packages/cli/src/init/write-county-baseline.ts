import type { Language } from '@fordela/parser'
import type { CliIo } from '../cli-io.js'
import { collectFindings } from '../lint/collect-findings.js'
import { resolveLintSetup } from '../lint/resolve-lint-setup.js'
import { writeBaseline } from '../lint/write-baseline.js'
import type { ReportedDiagnostic } from '../report/lint-report.js'

/**
 * Lints the new county repository in `target` and, when the national files
 * already have findings (the 2025 agreement's kommun column needs population
 * aged 0–18, which no source fordela has gives), writes them to the
 * baseline, as `fordela lint --baseline-write` would: CI is green from the
 * first commit and shows only what a pull request changes, while the known
 * findings stay listed. Returns the findings baselined.
 */
export async function writeCountyBaseline(
  target: string,
  io: CliIo,
  lang: Language,
): Promise<readonly ReportedDiagnostic[]> {
  const setup = await resolveLintSetup([], { lang, baselineWrite: true }, target)
  const collected = await collectFindings(setup)
  if (collected.findings.length === 0 || setup.baselineWriteFile === undefined) return []
  await writeBaseline(setup.baselineWriteFile, setup.root, collected.findings, collected.files, io, lang)
  return collected.findings
}
