import { defineMessages } from './define-messages.js'

/** The command line's help texts, progress lines and errors. */
export const cliMessages = defineMessages({})
