import type { Language, Severity } from '@fordela/parser'
import { messages, say } from '@fordela/render-markdown/messages'

const names = {
  error: messages.cli.severityError,
  warning: messages.cli.severityWarning,
  info: messages.cli.severityInfo,
} as const
const counts = {
  error: messages.cli.countErrors,
  warning: messages.cli.countWarnings,
  info: messages.cli.countInfos,
  problem: messages.cli.countProblems,
} as const

/** The word for a severity in the user's language ("fel", "varning"). */
export function nameSeverity(severity: Severity, lang: Language): string {
  return say(lang, names[severity])
}

/**
 * A count with its noun in the user's language: "2 fel", "1 varning",
 * "3 warnings", "1 problem", "2 problems".
 */
export function countNoun(count: number, noun: Severity | 'problem', lang: Language): string {
  return say(lang, counts[noun], { count })
}
