import { link, paragraph, text } from '../mdast/build-mdast-nodes.js'
import { markdownTree, serializeMarkdown } from '../mdast/serialize-markdown.js'
import { messages, say } from '../messages/index.js'

/** The first line of every comment the Action writes; finds it again on the next push. */
export const commentMarker = '<!-- fordela-diff -->'

/** GitHub refuses comments longer than this many characters. */
export const commentLimit = 65_536

/**
 * The pull-request comment's text: the marker, then the comparison
 * (`fordela diff --format markdown`, which keeps within the limit itself),
 * cut at a line break with a pointer to the run's summary should it still
 * pass GitHub's limit. The pointer is in Swedish and English, as the Action's
 * own messages are.
 *
 * @param markdown the comparison as Markdown
 * @param runUrl the workflow run, whose summary holds the whole comparison
 */
export function renderDiffComment(markdown: string, runUrl: string): string {
  const body = `${commentMarker}\n${markdown}`
  if (body.length <= commentLimit) return body
  const pointer = `\n\n${serializeMarkdown(
    markdownTree([
      paragraph([
        text(say('sv', messages.github.commentTooLong)),
        link(runUrl, say('sv', messages.github.runSummary)),
        text(`. / ${say('en', messages.github.commentTooLong)}`),
        link(runUrl, say('en', messages.github.runSummary)),
        text('.'),
      ]),
    ]),
  )}`
  const room = body.slice(0, commentLimit - pointer.length)
  return `${room.slice(0, room.lastIndexOf('\n'))}${pointer}`
}
