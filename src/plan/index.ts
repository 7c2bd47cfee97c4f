/** The plan layer's public surface: read a repository, plan a node's dance. */
export { readRepo } from './read-repo';
export { makePlan, makeAllPlans } from './make-plan';
export { mergeParams } from './merge-params';
export { parseRequires } from './parse-requires';
export { isParamKey, isEntityName, checkParamKey, checkEntityName } from './param-names';
export type * from './types';
