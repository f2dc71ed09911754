/**
 * @fordela/render-docx — writes a fördelningsspec memo as a Word document
 * from the same mdast tree as its Markdown.
 */
export { renderDocx, type RenderDocxOptions } from './render-docx.js'
export { readReferenceStyles, type ReferenceStyles } from './read-reference-styles.js'
