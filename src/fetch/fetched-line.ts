/** The one `info:` line a fetch prints: what came from where, and where it is now. */
import { formatSize } from './limits';
import type { FetchResult } from './fetch-repo';

export function fetchedLine(result: FetchResult, serverUri: string): string {
  const modules = result.modules.length ? ` (${result.modules.join(', ')})` : '';
  return `info: fetched ${result.node} from ${serverUri}: ${result.modules.length} module(s)${modules}, ${formatSize(result.bytes)} into ${result.dest}`;
}
