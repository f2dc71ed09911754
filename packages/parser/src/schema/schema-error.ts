/**
 * The part of an ajv error that fordela reads. The generated validators run
 * in verbose mode, so `schema` and `parentSchema` hold the (annotation-free)
 * schema that refused the value: enough to list allowed keys and values
 * without loading a schema file.
 */
export interface SchemaError {
  /** JSON pointer to the refused value, e.g. `/sections/1/steps/0`. */
  readonly instancePath: string
  /** JSON pointer into the schema of the validator function that reported it. */
  readonly schemaPath: string
  readonly keyword: string
  readonly params: Readonly<Record<string, unknown>>
  readonly schema?: unknown
  readonly parentSchema?: Readonly<Record<string, unknown>>
}

/** A generated validator: returns whether `data` is valid and leaves its errors on itself. */
export interface SchemaValidator {
  (data: unknown): boolean
  errors?: readonly SchemaError[] | null
}
