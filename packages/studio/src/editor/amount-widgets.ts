import { StateEffect, StateField, type Range } from '@codemirror/state'
import { Decoration, EditorView, WidgetType, hoverTooltip, type DecorationSet, type Tooltip } from '@codemirror/view'
import type { AmountMark } from '../analysis/amount-marks.js'

/** The computed kronor shown after a source line; hovering it explains them. */
class AmountWidget extends WidgetType {
  constructor(readonly mark: AmountMark) {
    super()
  }

  override eq(other: AmountWidget): boolean {
    return other.mark.text === this.mark.text && other.mark.kind === this.mark.kind
  }

  toDOM(): HTMLElement {
    const span = document.createElement('span')
    this.updateDOM(span)
    return span
  }

  /** Writes the new amount into the shown element: the line around it is not redrawn. */
  override updateDOM(dom: HTMLElement): boolean {
    dom.className = `cm-amount cm-amount-${this.mark.kind}`
    dom.textContent = `= ${this.mark.text ?? ''}`
    return true
  }
}

/** Replaces the amounts shown in the editor (after each evaluation). */
export const setAmountMarks = StateEffect.define<readonly AmountMark[]>()

/**
 * The amount widgets: one per mark at the end of the source line holding
 * its offset, kept in place through edits until the next evaluation
 * replaces them.
 */
export const amountWidgets = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let next = decorations.map(transaction.changes)
    for (const effect of transaction.effects) {
      if (!effect.is(setAmountMarks)) continue
      const doc = transaction.state.doc
      const ranges: Range<Decoration>[] = effect.value
        .filter((mark) => mark.at <= doc.length)
        .map((mark) =>
          Decoration.widget({ widget: new AmountWidget(mark), side: 1, mark }).range(doc.lineAt(mark.at).to),
        )
      next = Decoration.set(ranges, true)
    }
    return next
  },
  provide: (field) => EditorView.decorations.from(field),
})

/** The marks shown on the line at `pos`. */
export function marksOnLine(view: EditorView, pos: number): AmountMark[] {
  const line = view.state.doc.lineAt(pos)
  const found: AmountMark[] = []
  view.state.field(amountWidgets).between(line.from, line.to, (_from, _to, decoration) => {
    found.push(decoration.spec.mark as AmountMark)
  })
  return found
}

/**
 * A hover on a line with an amount shows how it is worked out: `explain`
 * gives the same text as `fordela explain` for it.
 */
export function amountHover(explain: (mark: AmountMark) => string): ReturnType<typeof hoverTooltip> {
  return hoverTooltip((view, pos): Tooltip | null => {
    const marks = marksOnLine(view, pos)
    if (marks.length === 0) return null
    const line = view.state.doc.lineAt(pos)
    return {
      pos: line.from,
      end: line.to,
      above: true,
      create() {
        const dom = document.createElement('div')
        dom.className = 'cm-derivation'
        const pre = document.createElement('pre')
        pre.textContent = marks.map(explain).join('\n')
        dom.append(pre)
        return { dom }
      },
    }
  })
}
