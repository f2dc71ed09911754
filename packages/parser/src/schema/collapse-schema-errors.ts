import type { SchemaError } from './schema-error.js'

/**
 * Drops the ajv errors that only echo another, so that one mistake gives one
 * diagnostic: the errors of each branch of a failed `oneOf`/`anyOf` (the
 * composite error stands for them) and the pattern error of a key that
 * `propertyNames` refused (the `propertyNames` error names the key).
 */
export function collapseSchemaErrors(errors: readonly SchemaError[]): SchemaError[] {
  // By path, so that a file with thousands of broken choices is not compared pair by pair.
  const composites = new Map<string, SchemaError[]>()
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf')
      composites.set(error.instancePath, [...(composites.get(error.instancePath) ?? []), error])
  }
  const keyChecks = new Set(
    errors.filter((error) => error.keyword === 'propertyNames').map((error) => error.instancePath),
  )
  return errors.filter((error) => {
    if (composites.get(error.instancePath)?.some((composite) => isBranchOf(error, composite))) return false
    // A key check reports at the mapping's own path, where no value-level error can otherwise arise.
    return !(keyChecks.has(error.instancePath) && error.keyword === 'pattern')
  })
}

/**
 * The keys of a `oneOf`/`anyOf` whose branches are `{ required: [key] }`, the
 * only form the schemas use for choices ("exactly one of amount, each, share, rest").
 */
export function readBranchKeys(composite: SchemaError): string[] {
  const branches = Array.isArray(composite.schema) ? (composite.schema as unknown[]) : []
  return branches.flatMap((branch) => {
    const required = (branch as { required?: unknown }).required
    return Array.isArray(required) ? required.filter((key): key is string => typeof key === 'string') : []
  })
}

function isBranchOf(error: SchemaError, composite: SchemaError): boolean {
  return (
    error !== composite &&
    error.instancePath === composite.instancePath &&
    error.schemaPath.startsWith(`${composite.schemaPath}/`)
  )
}
