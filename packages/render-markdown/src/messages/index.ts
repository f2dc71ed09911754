import { cliMessages } from './cli.js'
import { diffMessages } from './diff.js'
import { explainMessages } from './explain.js'
import { githubMessages } from './github.js'
import { noticeMessages } from './notices.js'

/**
 * Every user-facing text that is not a rule message, in Swedish and English:
 * the CLI's help and errors, explanations, comparisons, GitHub summaries and
 * render notices.
 * Rule messages live in the rule catalogue (`@fordela/parser`). Each group is
 * one file here; `messages.test.ts` checks that every entry is complete.
 */
export const messages = {
  cli: cliMessages,
  diff: diffMessages,
  explain: explainMessages,
  github: githubMessages,
  notices: noticeMessages,
} as const

export { defineMessages, say, type Message, type MessageGroup } from './define-messages.js'
