import { baselineMessages } from './baseline.js'
import { cliMessages } from './cli.js'
import { cliDataMessages } from './cli-data.js'
import { cliHelpMessages } from './cli-help.js'
import { cliInitMessages } from './cli-init.js'
import { cliSpecMessages } from './cli-spec.js'
import { cliUsageMessages } from './cli-usage.js'
import { diffMessages } from './diff.js'
import { explainMessages } from './explain.js'
import { githubMessages } from './github.js'
import { memoMessages } from './memo.js'
import { noticeMessages } from './notices.js'
import { studioMessages } from './studio.js'

/**
 * Every user-facing text that is not a rule message, in Swedish and English:
 * the CLI's help and errors, explanations, comparisons, GitHub summaries and
 * render notices.
 * Rule messages live in the rule catalogue (`@fordela/parser`). Each group is
 * one file here; `messages.test.ts` checks that every entry is complete.
 */
export const messages = {
  baseline: baselineMessages,
  cli: cliMessages,
  cliData: cliDataMessages,
  cliHelp: cliHelpMessages,
  cliInit: cliInitMessages,
  cliSpec: cliSpecMessages,
  cliUsage: cliUsageMessages,
  diff: diffMessages,
  explain: explainMessages,
  github: githubMessages,
  memo: memoMessages,
  notices: noticeMessages,
  studio: studioMessages,
} as const

export { defineMessages, say, sayBoth, type Message, type MessageGroup } from './define-messages.js'
