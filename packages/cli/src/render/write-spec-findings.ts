import type { CliIo } from '../cli-io.js'
import { formatStylish } from '../formatters/format-stylish.js'
import { chooseColorLevel } from '../output/choose-color-level.js'
import { readCliVersion } from '../read-cli-version.js'
import { buildLintReport } from '../report/build-lint-report.js'
import type { ReportedDiagnostic } from '../report/lint-report.js'
import type { EvaluatedSpec } from './evaluate-spec.js'

/** Writes findings of a spec to stderr in `fordela lint`'s readable format, code frames and all. */
export function writeSpecFindings(evaluated: EvaluatedSpec, findings: readonly ReportedDiagnostic[], io: CliIo): void {
  const { setup, file } = evaluated.spec
  const files = [file, ...new Set(findings.map((finding) => finding.file).filter((other) => other !== file))]
  const report = buildLintReport({ root: setup.root, files, findings, suppressedCount: 0, baselinedCount: 0 })
  const text = formatStylish(report, {
    lang: setup.lang,
    texts: evaluated.workspace.texts,
    cwd: io.cwd,
    toolVersion: readCliVersion(),
    colorLevel: chooseColorLevel(io),
  })
  io.writeErr(text)
}
