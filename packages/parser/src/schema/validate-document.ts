import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { DocumentKind } from '../model/documents.js'
import { toPlainValue } from '../yaml/to-plain-value.js'
import type { YamlNode } from '../yaml/yaml-node.js'
import { collapseSchemaErrors } from './collapse-schema-errors.js'
import { diagnoseKeyError } from './diagnose-key-error.js'
import { diagnoseValueError } from './diagnose-value-error.js'
import {
  validateActionPlan,
  validateAgreement,
  validateAllocation,
  validateDataset,
  validateParties,
  validateStrategy,
} from './generated/validators.js'
import { locateInstancePath } from './locate-instance-path.js'
import type { SchemaError, SchemaValidator } from './schema-error.js'
import type { SchemaFinding } from './schema-finding.js'

const validators: Readonly<Record<DocumentKind, SchemaValidator>> = {
  Agreement: validateAgreement,
  Allocation: validateAllocation,
  Parties: validateParties,
  Dataset: validateDataset,
  Strategy: validateStrategy,
  ActionPlan: validateActionPlan,
}

/**
 * Checks a document's tree against the JSON Schema of its kind (compiled
 * ahead of time, see scripts/generate-validators.mjs) and returns one
 * `schema/…` diagnostic per mistake, placed on the offending key or value,
 * in document order. `[]` when the document has the shape of its kind.
 *
 * @param kind the kind the document's header names
 * @param root the document's YAML tree
 * @param file the workspace-relative path diagnostics name
 */
export function validateDocument(kind: DocumentKind, root: YamlNode, file: string): Diagnostic[] {
  const validate = validators[kind]
  if (validate(toPlainValue(root, replaceBigInt))) return []
  const findings = collapseSchemaErrors(validate.errors ?? []).map((error) => diagnoseSchemaError(error, root, file))
  return dropExplainedMissingKeys(findings)
    .map((finding) => finding.diagnostic)
    .sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1])
}

function diagnoseSchemaError(error: SchemaError, root: YamlNode, file: string): SchemaFinding {
  const location = locateInstancePath(root, error.instancePath)
  const keyFinding = diagnoseKeyError(error, location, file)
  if (keyFinding) return keyFinding
  const diagnostic = diagnoseValueError(error, location, file)
  // Every keyword the schemas use is handled above; a test holds the schemas to that list.
  if (!diagnostic) throw new Error(`validateDocument: no diagnostic for schema keyword "${error.keyword}"`)
  return { diagnostic, instancePath: error.instancePath }
}

/**
 * JSON Schema knows no bigint: a YAML integer past 2^53 is checked as the
 * nearest number, which is still an integer. Amounts are read exactly from
 * their source text later; other integers have a `maximum` that refuses it.
 * An integer past the largest double (over 308 digits) would become
 * Infinity, which is no integer, and be refused as "not a whole number":
 * it is checked as the largest double instead, and so are `.inf` and `.nan`.
 */
function replaceBigInt(value: unknown): unknown {
  if (typeof value === 'bigint') return Math.max(-Number.MAX_VALUE, Math.min(Number(value), Number.MAX_VALUE))
  // `.inf` and `.nan` are YAML numbers, which JSON cannot hold (they became null, "not a number"):
  // checked as the largest double, an amount or share then gets its literal rule, which says why.
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) || value > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE
  return value
}

/**
 * `ammount: 5` is one mistake, not two: when an unknown key of a mapping
 * suggests a key the same mapping lacks, the missing-key finding is dropped.
 */
function dropExplainedMissingKeys(findings: readonly SchemaFinding[]): SchemaFinding[] {
  const suggested = new Map<string, Set<string>>()
  for (const finding of findings) {
    for (const key of finding.suggestedKeys ?? []) {
      const keys = suggested.get(finding.instancePath) ?? new Set()
      suggested.set(finding.instancePath, keys.add(key))
    }
  }
  return findings.filter(
    (finding) => !finding.missingKeys?.some((key) => suggested.get(finding.instancePath)?.has(key)),
  )
}
