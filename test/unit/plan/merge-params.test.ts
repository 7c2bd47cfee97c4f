import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeParams } from '../../../src/plan/merge-params';
import type { ParamTree } from '../../../src/plan/types';

const value = (key: string, text: string, origin: string) => ({ key, type: 'value' as const, value: text, origin });
const dir = (key: string, origin: string) => ({ key, type: 'dir' as const, origin });

test('later layers win key by key; untouched keys are kept', () => {
  const module: ParamTree = [dir('app', 'm/app'), value('app/name', 'x', 'm'), value('app/port', '80', 'm')];
  const node: ParamTree = [dir('app', 'n/app'), value('app/port', '8080', 'n')];
  assert.deepEqual(mergeParams([module, node]), [dir('app', 'n/app'), value('app/name', 'x', 'm'), value('app/port', '8080', 'n')]);
});

test('a value replacing a directory drops its children', () => {
  const module: ParamTree = [dir('shape', 'm'), value('shape/inner', 'x', 'm'), dir('shape/deep', 'm'), value('shape/deep/z', 'y', 'm'), value('shapes', 's', 'm')];
  assert.deepEqual(mergeParams([module, [value('shape', 'flat', 'n')]]), [value('shape', 'flat', 'n'), value('shapes', 's', 'm')]);
});

test('a directory replacing a value', () => {
  const merged = mergeParams([[value('a', 'v', 'm')], [dir('a', 'n'), value('a/b', 'w', 'n')]]);
  assert.deepEqual(merged, [dir('a', 'n'), value('a/b', 'w', 'n')]);
});

test('output is sorted component-wise so a directory precedes its children', () => {
  const merged = mergeParams([[value('a-b', '1', 'x'), dir('a', 'x'), value('a/c', '2', 'x')]]);
  assert.deepEqual(merged.map((entry) => entry.key), ['a', 'a/c', 'a-b']);
});

test('pure: the inputs are not changed', () => {
  const lower: ParamTree = [dir('a', 'm'), value('a/b', '1', 'm')];
  const copy = structuredClone(lower);
  mergeParams([lower, [value('a', 'v', 'n')]]);
  assert.deepEqual(lower, copy);
});
