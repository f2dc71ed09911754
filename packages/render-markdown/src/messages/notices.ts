import { defineMessages } from './define-messages.js'

/** Notices a rendered document carries: drafts, missing data, unchecked claims. */
export const noticeMessages = defineMessages({})
