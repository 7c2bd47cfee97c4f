/**
 * The seed's naming rules. Parameter keys use `[A-Za-z0-9_.-/]`, never start with `/` and never
 * contain `..`; module and node names follow the same rule without `/`. Empty and `.` components
 * are refused too, so one key cannot be spelled two ways (`a//b`, `a/./b`).
 */
import { InputError } from '../model/errors';

const PARAM_KEY = /^[A-Za-z0-9_.\-/]+$/;
const ENTITY_NAME = /^[A-Za-z0-9_.\-]+$/;

export function isParamKey(key: string): boolean {
  if (!PARAM_KEY.test(key) || key.startsWith('/') || key.includes('..')) return false;
  return key.split('/').every((part) => part !== '' && part !== '.');
}

/** Module and node names: one path component, same characters as keys. */
export function isEntityName(name: string): boolean {
  return ENTITY_NAME.test(name) && !name.includes('..') && name !== '.';
}

export function checkParamKey(key: string, culprit?: string, line?: number): string {
  if (!isParamKey(key)) {
    throw new InputError(`bad parameter name '${key}' (allowed: A-Z a-z 0-9 _ . - /, no leading '/', no '..')`, culprit, line);
  }
  return key;
}

export function checkEntityName(kind: 'module' | 'node', name: string, culprit?: string, line?: number): string {
  if (!isEntityName(name)) {
    throw new InputError(`bad ${kind} name '${name}' (allowed: A-Z a-z 0-9 _ . -, no '/', no '..')`, culprit, line);
  }
  return name;
}
