/** Makes arbitrary script output safe to put in XML 1.0 text, attributes and CDATA sections. */
import { showControls, stripAnsi } from './text';

// Lone surrogates and the two non-characters are not XML characters and have no visible form.
const NOT_XML = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

/**
 * Text that XML 1.0 can carry: terminal escapes removed, control characters shown as `\xNN`
 * (XML cannot hold them at all), broken surrogates and U+FFFE/U+FFFF replaced by U+FFFD.
 */
export const xmlSafe = (text: string): string => showControls(stripAnsi(text)).replace(NOT_XML, '\ufffd');

const CDATA_END = ']]>';
const CDATA_SPLIT = ']]]]><![CDATA[>';

/**
 * Text for junit-report-builder's CDATA sections. The builder splits only the *first* `]]>` of a
 * section (xmlbuilder: `val.replace(']]>', …)`), so every later one is split here; the first is
 * left for the builder. The reader then sees the original text. A test pins this behaviour.
 */
export function cdataSafe(text: string): string {
  const safe = xmlSafe(text);
  const first = safe.indexOf(CDATA_END);
  if (first < 0) return safe;
  const head = safe.slice(0, first + CDATA_END.length);
  return head + safe.slice(head.length).split(CDATA_END).join(CDATA_SPLIT);
}
