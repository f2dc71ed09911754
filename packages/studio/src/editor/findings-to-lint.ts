import type { Diagnostic as LintDiagnostic } from '@codemirror/lint'
import type { Text } from '@codemirror/state'
import type { Diagnostic } from '@fordela/parser'
import { currentLanguage, t } from '../ui/texts.js'

/** The message, hint and "did you mean" of a finding as DOM (text only, never HTML). */
export function renderFinding(finding: Diagnostic): HTMLElement {
  const lang = currentLanguage()
  const box = document.createElement('div')
  box.className = 'finding'
  const head = document.createElement('p')
  const code = document.createElement('code')
  code.textContent = finding.code
  head.append(code, ` ${finding.message[lang]}`)
  box.append(head)
  if (finding.hint) {
    const hint = document.createElement('p')
    hint.className = 'finding-hint'
    hint.textContent = `${t('hint')}: ${finding.hint[lang]}`
    box.append(hint)
  }
  if (finding.suggestions && finding.suggestions.length > 0) {
    const suggestions = document.createElement('p')
    suggestions.className = 'finding-suggestions'
    suggestions.textContent = `${t('didYouMean')}: ${finding.suggestions.join(', ')}?`
    box.append(suggestions)
  }
  return box
}

/**
 * A file's findings as CodeMirror diagnostics on their exact ranges, with a
 * "did you mean" action per suggestion that writes it in place. A finding's
 * related places in the same file (the line where an overspent fund runs
 * out) are marked too, with what they show.
 */
export function findingsToLint(findings: readonly Diagnostic[], doc: Text, file: string): LintDiagnostic[] {
  const lang = currentLanguage()
  const clamp = (span: readonly [number, number]) => {
    const from = Math.min(span[0], doc.length)
    return { from, to: Math.min(Math.max(span[1], from), doc.length) }
  }
  return findings.flatMap((finding) => {
    const message = `${finding.message[lang]}${finding.hint ? ` ${t('hint')}: ${finding.hint[lang]}` : ''}`
    const main: LintDiagnostic = {
      ...clamp(finding.span),
      severity: finding.severity,
      source: finding.code,
      message,
      renderMessage: () => renderFinding(finding),
      actions: (finding.suggestions ?? []).slice(0, 3).map((suggestion) => ({
        name: suggestion,
        apply(view, start, end) {
          view.dispatch({ changes: { from: start, to: end, insert: suggestion } })
        },
      })),
    }
    const related = (finding.related ?? [])
      .filter((place) => place.file === file)
      .map(
        (place): LintDiagnostic => ({
          ...clamp(place.span),
          severity: finding.severity,
          source: finding.code,
          message: `${place.message[lang]}: ${message}`,
          renderMessage: () => {
            const box = renderFinding(finding)
            const where = document.createElement('p')
            where.textContent = place.message[lang]
            box.prepend(where)
            return box
          },
        }),
      )
    return [main, ...related]
  })
}
