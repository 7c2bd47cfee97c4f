/**
 * The sticky pull request comment: one per workflow and mode, found again by a hidden marker and
 * updated in place, so a PR carries the latest results instead of one comment per push.
 */
import * as github from '@actions/github';

export interface CommentTarget {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  issue: number;
}

/** The hidden marker; `key` tells apart the comments of different workflows and modes. */
export const commentMarker = (key: string): string => `<!-- disco:sticky-comment ${key.replace(/[^A-Za-z0-9_.:/ -]/g, '_')} -->`;

/** Creates the comment, or updates the one carrying `marker`. */
export async function upsertComment(target: CommentTarget, marker: string, body: string): Promise<'created' | 'updated'> {
  const octokit = github.getOctokit(target.token, { baseUrl: target.apiUrl });
  const where = { owner: target.owner, repo: target.repo };
  const text = `${marker}\n${body}`;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: target.issue, per_page: 100 });
  // Prefer the comment a bot wrote: anyone can paste the marker into a comment of their own.
  const ours = comments.filter((c) => c.body?.includes(marker));
  const existing = ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
  if (existing) {
    await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body: text });
    return 'updated';
  }
  await octokit.rest.issues.createComment({ ...where, issue_number: target.issue, body: text });
  return 'created';
}
