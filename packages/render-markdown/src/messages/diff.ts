import { defineMessages } from './define-messages.js'

/** The words of a comparison between two versions of an allocation (`fordela diff`, the studio's change view). */
export const diffMessages = defineMessages({})
