/**
 * A model of how the GitHub Actions runner turns log lines into workflow commands
 * (actions/runner: ActionCommandManager.TryProcessCommand, ActionCommand.TryParseV2/TryParse),
 * stricter than the real one: every command name counts as registered.
 *
 * - Lines split at LF, CR LF and lone CR (StreamReader.ReadLine).
 * - `::name props::data` after leading whitespace; else legacy `##[name props]data` anywhere in the line.
 * - `stop-commands` (any case) stops processing with its data as the token; while stopped only a
 *   command whose name equals the token (ignoring case) resumes; an empty token never resumes.
 */

export interface RunnerCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  /** The raw line. */
  line: string;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
const unescapeLegacy = (s: string): string =>
  s.replace(/%3B/g, ';').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%5D/g, ']').replace(/%25/g, '%');

export function parseCommand(line: string): RunnerCommand | undefined {
  const message = line.replace(/^\s+/, '');
  if (message.startsWith('::')) {
    const end = message.indexOf('::', 2);
    if (end >= 0) {
      const info = message.slice(2, end);
      const space = info.indexOf(' ');
      const name = space < 0 ? info : info.slice(0, space);
      if (name !== '') {
        const properties: Record<string, string> = {};
        if (space > 0) {
          for (const pair of info.slice(space + 1).trim().split(',').filter(Boolean)) {
            const eq = pair.indexOf('=');
            if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
          }
        }
        return { name, properties, data: unescapeData(message.slice(end + 2)), line };
      }
    }
  }
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (name === '') return undefined;
  return { name, properties: {}, data: unescapeLegacy(line.slice(close + 1)), line };
}

/** The commands the runner would act on, in order (stop and resume included). */
export function interpretRunnerLog(log: string): RunnerCommand[] {
  const acted: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of log.split(/\r\n|\r|\n/)) {
    if (line === '') continue;
    const command = parseCommand(line);
    if (!command) continue;
    if (stopToken !== undefined) {
      if (stopToken !== '' && command.name.toLowerCase() === stopToken.toLowerCase()) {
        acted.push(command);
        stopToken = undefined;
      }
      continue;
    }
    acted.push(command);
    if (command.name.toLowerCase() === 'stop-commands') stopToken = command.data;
  }
  return acted;
}

/** True when the log leaves the runner with commands stopped. */
export function endsStopped(log: string): boolean {
  const acted = interpretRunnerLog(log);
  let stopped = false;
  for (const command of acted) stopped = command.name.toLowerCase() === 'stop-commands';
  return stopped;
}
