import type { Command, CommanderError } from 'commander'

/**
 * Codes with which Commander ends a run that is no mistake, or whose words
 * another writer has already written: the help (also the help written because
 * a command was left out, `fordela data`), the version, and a stand-alone
 * executable subcommand's exit (fordela has none).
 */
export const silentCodes: readonly string[] = [
  'commander.help',
  'commander.helpDisplayed',
  'commander.version',
  'commander.executeSubCommandAsync',
]

/**
 * Keeps Commander's English for usage mistakes (unknown option or command,
 * missing or surplus argument, a value outside an option's choices) from
 * being written, so that fordela can say them in the user's language, and
 * returns where each of Commander's errors was raised: the command whose
 * help the message points to. Every command throws the error on, its code
 * and exit code unchanged. Call it once every command is added.
 */
export function catchUsageErrors(program: Command): (error: CommanderError) => Command {
  const raisedIn = new WeakMap<CommanderError, Command>()
  for (const command of listCommands(program)) {
    command.configureOutput({ outputError: () => {} })
    command.exitOverride((error) => {
      raisedIn.set(error, command)
      throw error
    })
  }
  return (error) => raisedIn.get(error) ?? program
}

/** The program and every command under it. */
function listCommands(command: Command): Command[] {
  return [command, ...command.commands.flatMap(listCommands)]
}
