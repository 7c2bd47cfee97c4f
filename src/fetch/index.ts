/** The fetch layer's public surface: settings from flags or the parameter tree, then one fetch. */
export { fetchRepo, FETCH_INFO_FILE, type FetchOptions, type FetchResult } from './fetch-repo';
export { fetchSettings, defaultFetchDest, SERVER_URI_KEY, RSYNC_COMMAND_KEY, type FetchSettings } from './fetch-settings';
export { DEFAULT_LIMITS, formatSize, type FetchLimits } from './limits';
export { fetchedLine } from './fetched-line';
export { fetchForDance, type FetchedForDance } from './fetch-for-dance';
