import type { Language, Severity } from '@fordela/parser'

const words: Readonly<Record<Language, Readonly<Record<Severity, string>>>> = {
  sv: { error: 'fel', warning: 'varning', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
}

/** The word for a severity in the user's language ("fel", "varning"). */
export function nameSeverity(severity: Severity, lang: Language): string {
  return words[lang][severity]
}

/**
 * A count with its noun in the user's language: "2 fel", "1 varning",
 * "3 warnings", "1 problem", "2 problems".
 */
export function countNoun(count: number, noun: Severity | 'problem', lang: Language): string {
  if (lang === 'sv') {
    const plural: Record<Severity | 'problem', string> = { error: 'fel', warning: 'varningar', info: 'info', problem: 'problem' }
    const singular: Record<Severity | 'problem', string> = { error: 'fel', warning: 'varning', info: 'info', problem: 'problem' }
    return `${count} ${count === 1 ? singular[noun] : plural[noun]}`
  }
  const english: Record<Severity | 'problem', string> = { error: 'error', warning: 'warning', info: 'info', problem: 'problem' }
  const word = english[noun]
  return `${count} ${count === 1 || noun === 'info' ? word : `${word}s`}`
}
