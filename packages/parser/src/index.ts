/**
 * @fordela/parser — reads fördelningsspec YAML into a typed model whose every
 * value knows its file and range, with diagnostics instead of exceptions.
 */
export type * from './model/source.js'
export type * from './model/documents.js'
export type { Diagnostic, Language, LocalizedText, RelatedLocation, Severity } from './diagnostics/diagnostic.js'
export { defineRule, type RuleArgs, type RuleDefinition, type Template } from './diagnostics/define-rule.js'
export { catalog, type ArgsOf, type RuleCode } from './diagnostics/catalog/index.js'
export { createDiagnostic, relatedAt, type DiagnosticExtras } from './diagnostics/create-diagnostic.js'
export { suggestClosest } from './diagnostics/did-you-mean.js'
export { joinFirstWords, joinWords } from './diagnostics/join-words.js'
export { compareDiagnostics, sortDiagnostics } from './diagnostics/sort-diagnostics.js'
export { blocksRender } from './diagnostics/blocks-render.js'
export { compareCodeUnits } from './compare-code-units.js'
export * from './literals/index.js'
export * from './yaml/index.js'
export * from './money/index.js'
export * from './kinds/index.js'
export * from './dataset/index.js'
export * from './workspace/index.js'
export { describeFileError, notRegularFileCode, outsideWorkspaceCode } from './diagnostics/describe-file-error.js'
export { escapeCharacter, isHiddenCharacter, showControlCharacters } from './text/show-control-characters.js'
