/**
 * Whether and where the sticky comment goes, and what to say when it cannot: no pull request,
 * a fork's read-only token, no token, or a token without the right to comment. A comment never
 * fails the job; the job summary always has the results.
 */
import * as core from '@actions/core';
import { commentMarker, upsertComment } from './comment';
import type { Session } from './session';

/** Posts the comment; returns a line for the summary when it could not. */
export async function postComment(session: Session, body: (maxBytes: number) => string, maxChars: number): Promise<string | undefined> {
  const { github, settings } = session;
  const pr = github.pullRequest;
  if (!pr || !github.owner || !github.repo) {
    core.info('disco: no pull request in this event: no comment');
    return undefined;
  }
  const skip = (why: string): string => {
    const line = `No pull request comment: ${why}. The results are in this job summary.`;
    core.notice(line, { title: 'disco' });
    return `> ℹ️ ${line}`;
  };
  if (pr.readOnlyToken) return skip('this pull request comes from a fork, and GitHub gives workflows of fork pull requests a read-only token');
  if (!settings.githubToken) return skip('the github-token input is empty');
  const marker = commentMarker(`${github.workflow} ${settings.mode}`);
  try {
    const done = await upsertComment(
      { token: settings.githubToken, apiUrl: github.apiUrl, owner: github.owner, repo: github.repo, issue: pr.number },
      marker,
      body(maxChars - Buffer.byteLength(marker) - 16),
    );
    core.info(`disco: pull request comment ${done} (#${pr.number})`);
    return undefined;
  } catch (error) {
    const status = (error as { status?: number }).status;
    const message = (error as Error).message.split('\n')[0];
    if (status === 403 || status === 404) return skip(`the token may not comment here (it needs permissions: pull-requests: write; GitHub said ${status}: ${message})`);
    core.warning(`disco: could not post the pull request comment: ${message}`);
    return undefined;
  }
}
