/** The sticky comment's marker: hidden, stable per workflow and mode, and unable to close early. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commentMarker } from '../../../src/action/comment';

describe('commentMarker', () => {
  it('is an HTML comment keyed by workflow and mode', () => {
    assert.equal(commentMarker('disco checks pr'), '<!-- disco:sticky-comment disco checks pr -->');
  });

  it('cannot be closed by a workflow name', () => {
    assert.equal(commentMarker('evil --> <b>x</b>'), '<!-- disco:sticky-comment evil --_ _b_x_/b_ -->');
  });
});
