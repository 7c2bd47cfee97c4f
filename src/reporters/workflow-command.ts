/**
 * GitHub workflow-command lines (`::warning file=…,line=…,title=…::message`), escaped as
 * @actions/core escapes them so every value stays inside its own command.
 */

/** Message text: `%`, CR and LF (the runner unescapes `%25`, `%0D`, `%0A`). */
export const escapeData = (value: string): string =>
  value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Property values additionally escape `:` and `,`, which delimit properties. */
export const escapeProperty = (value: string): string =>
  escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProperties {
  file?: string;
  line?: number;
  title?: string;
}

/** One command line, no line feed. */
export function workflowCommand(level: AnnotationLevel, properties: AnnotationProperties, message: string): string {
  const pairs: string[] = [];
  // The runner drops empty values (and trims the whole list), so empty ones are left out.
  if (properties.file) pairs.push(`file=${escapeProperty(properties.file)}`);
  if (properties.line !== undefined) pairs.push(`line=${properties.line}`);
  if (properties.title) pairs.push(`title=${escapeProperty(properties.title)}`);
  return `::${level}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}
