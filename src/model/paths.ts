/** Where disco keeps its own state on a host; every path can be moved with DISCO_STATE_DIR. */
import { join } from 'node:path';

export const stateDir = (): string => process.env.DISCO_STATE_DIR || '/var/lib/disco';

/** The DanceReport of the most recent dance (read by `disco report` with no argument). */
export const lastReportPath = (): string => join(stateDir(), 'last-report.json');

/** The default parameter tree of `disco param` (the seed's disco-param tree). */
export const defaultParamTree = (): string => process.env.DISCO_PARAM_TREE || join(stateDir(), 'params');
