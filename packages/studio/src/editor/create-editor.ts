import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { yaml } from '@codemirror/lang-yaml'
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language'
import { lintGutter, lintKeymap } from '@codemirror/lint'
import { EditorState, type Extension, type Transaction } from '@codemirror/state'
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view'
import type { AmountMark } from '../analysis/amount-marks.js'
import { amountHover, amountWidgets } from './amount-widgets.js'
import { schemaAssist } from './schema-assist.js'

/** What the editor reports back to the app. */
export interface EditorHooks {
  /** A key was pressed in the editor, at the key event's time (`performance.now()`'s clock). */
  readonly onKey: (at: number) => void
  /** The text `fordela explain` gives for an amount. */
  readonly explain: (mark: AmountMark) => string
  /** The editor's accessible name. */
  readonly label: () => string
}

/** The extensions of every file's editor state: YAML, findings, amounts, schema help. Tab leaves the editor (keyboard users are never trapped). */
function extensionsOf(hooks: EditorHooks): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    yaml(),
    lintGutter(),
    amountWidgets,
    amountHover(hooks.explain),
    schemaAssist(),
    keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
    EditorView.lineWrapping,
    // tabindex: the scrolling editor has focusable content for every tool that asks (axe's scrollable-region rule).
    EditorView.contentAttributes.compute([], () => ({ 'aria-label': hooks.label(), tabindex: '0' })),
    // An observer, not a handler: it sees every key, also those the keymap handles (Backspace, Enter).
    EditorView.domEventObservers({
      keydown(event) {
        hooks.onKey(event.timeStamp)
      },
    }),
  ]
}

/** Makes the editor state of one file. */
export function createFileState(text: string, hooks: EditorHooks): EditorState {
  return EditorState.create({ doc: text, extensions: extensionsOf(hooks) })
}

/**
 * Makes the editor view in `parent`. Every change goes through `dispatch`,
 * which must pass the transactions to `view.update` (it may add its own
 * after them, so that they are drawn in the same update).
 */
export function createEditorView(
  parent: HTMLElement,
  state: EditorState,
  dispatch: (transactions: readonly Transaction[], view: EditorView) => void,
): EditorView {
  return new EditorView({ parent, state, dispatchTransactions: dispatch })
}
