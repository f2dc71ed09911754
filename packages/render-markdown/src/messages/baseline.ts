import { defineMessages } from './define-messages.js'

/**
 * Why a baseline file was refused, by the engine's `BaselineProblem` kind
 * (`parseBaseline`). Said in fordela's own words, never quoting the file.
 */
export const baselineMessages = defineMessages({
  'not-json': { sv: 'det är ingen JSON', en: 'it is not JSON' },
  'wrong-shape': {
    sv: 'väntade { "formatVersion": 1, "findings": [...] }',
    en: 'expected { "formatVersion": 1, "findings": [...] }',
  },
  'entry-shape': {
    sv: 'varje fynd behöver texterna "file", "rule" och "fingerprint"',
    en: 'every finding needs string "file", "rule" and "fingerprint"',
  },
})
