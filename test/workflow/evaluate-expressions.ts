/** The contexts an expression may read: `github`, `inputs`, `steps`, each a nested object. */
export type ExpressionContext = { [name: string]: unknown }

/**
 * Replaces every `${{ … }}` in `text` with the value it names. Only property
 * paths (`inputs.paths`, `github.event.pull_request.base.sha`,
 * `steps.fordela.outputs.errors`) are understood — all that fordela's
 * action.yml uses; anything else throws, so a test notices when action.yml
 * starts using an expression this runner cannot evaluate. A path that leads
 * nowhere gives the empty string, as on GitHub.
 */
export function evaluateExpressions(text: string, context: ExpressionContext): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_match, expression: string) => {
    const path = expression.trim()
    if (!/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(path)) throw new Error(`unsupported expression: \${{ ${path} }}`)
    const value = path
      .split('.')
      .reduce<unknown>(
        (object, key) =>
          object !== null && typeof object === 'object' ? (object as Record<string, unknown>)[key] : undefined,
        context,
      )
    return value === undefined || value === null ? '' : String(value)
  })
}
