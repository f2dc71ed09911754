/**
 * Escapes the message of a GitHub Actions workflow command, for the CLI's
 * `--format github` and the Action's own annotations alike
 * (`::error …::<data>`): `%`, `\r` and `\n`, exactly as the runner's
 * `escapeData` does, so a multi-line message stays one command.
 */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/**
 * Escapes a property value of a workflow command (`file=…,title=…`): the
 * data escapes plus `:` and `,`, which would otherwise end the value.
 */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
