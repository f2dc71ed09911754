import { defineMessages } from './define-messages.js'

/** The words of a figure's derivation (`fordela explain`, the studio's hover). */
export const explainMessages = defineMessages({})
