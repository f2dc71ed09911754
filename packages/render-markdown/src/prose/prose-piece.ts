/**
 * A run of prose: text as the author wrote it (where `*`, `- ` and line
 * breaks have meaning), or a computed value, which is always literal.
 */
export type ProsePiece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly text: string }

/** A paragraph or a bullet list of prose, before it becomes Markdown nodes. */
export type ProseBlock =
  | { readonly type: 'paragraph'; readonly pieces: readonly ProsePiece[] }
  | { readonly type: 'list'; readonly items: readonly (readonly ProsePiece[])[] }
