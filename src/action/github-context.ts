/** What the action needs to know of the workflow run, from @actions/github's context (event payload, env). */
import * as github from '@actions/github';

export interface PullRequestInfo {
  number: number;
  baseSha?: string;
  headSha?: string;
  /**
   * The head lives in another repository and the event is `pull_request`: GitHub then gives the
   * workflow a read-only token, so no comment can be written.
   */
  readOnlyToken: boolean;
}

export interface GithubInfo {
  eventName: string;
  workflow: string;
  /** owner/repo, when the run has one. */
  owner?: string;
  repo?: string;
  pullRequest?: PullRequestInfo;
  serverUrl: string;
  apiUrl: string;
  /** The commit the run is for (links in the summary). */
  sha: string;
}

interface RepoRef {
  full_name?: string;
}

export function readGithubInfo(): GithubInfo {
  const { context } = github;
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  const pr = context.payload.pull_request as
    | { number: number; base?: { sha?: string; repo?: RepoRef }; head?: { sha?: string; repo?: RepoRef | null } }
    | undefined;
  const fromFork = pr ? pr.head?.repo?.full_name !== pr.base?.repo?.full_name : false;
  return {
    eventName: context.eventName ?? '',
    workflow: context.workflow ?? '',
    owner: owner || undefined,
    repo: repo || undefined,
    pullRequest: pr
      ? { number: pr.number, baseSha: pr.base?.sha, headSha: pr.head?.sha, readOnlyToken: fromFork && context.eventName === 'pull_request' }
      : undefined,
    serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
    sha: context.sha ?? '',
  };
}
