import type { TurnContext } from 'botbuilder';
import { seedDirectorySource, type Directory } from './directory';

const DIRECTORY = Symbol.for('jongerenloket.directory');

/** The bot binds this turn's directory snapshot before any dialog runs. */
export function bindDirectory(context: TurnContext, directory: Directory): void {
  context.turnState.set(DIRECTORY, directory);
}

/** The directory of this turn (the seed outside the bot, e.g. in dialog tests). */
export function turnDirectory(context: TurnContext): Directory {
  return (context.turnState.get(DIRECTORY) as Directory | undefined) ?? seedDirectorySource.current();
}
