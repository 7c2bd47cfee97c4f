/**
 * Turns a mode's result into everything a workflow sees — JUnit file, annotations, job summary,
 * sticky comment, outputs — all computed from DanceReports, never from log text.
 */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { toAnnotationLines } from '../reporters/annotations';
import { toJUnit } from '../reporters/junit';
import { COMMENT_MAX_CHARS, MIN_SUMMARY_BYTES, STEP_SUMMARY_MAX_BYTES, toSummary } from '../reporters/summary';
import { uploadReports } from './artifacts';
import { Outputs } from './constants';
import { postComment } from './post-comment';
import type { ModeResult } from './mode';
import { totals } from './results';
import type { Session } from './session';
import { decide, type Verdict } from './verdict';
import { locateCheckout } from './worktrees';

const bytes = (text: string): number => Buffer.byteLength(text);

export async function publish(session: Session, result: ModeResult): Promise<Verdict> {
  const { settings, github, progress } = session;
  const verdict = decide({ failOn: settings.failOn, reports: result.shown, observed: result.observed, gates: result.gates });
  const prefix = (await locateCheckout(settings.repo))?.prefix ?? '';
  const links = github.owner && github.repo && github.sha
    ? { repoUrl: `${github.serverUrl}/${github.owner}/${github.repo}`, sha: github.sha + (prefix ? `/${prefix.replace(/\/$/, '')}` : '') }
    : {};

  if (!result.matrix) {
    mkdirSync(dirname(settings.junitPath), { recursive: true });
    writeFileSync(settings.junitPath, toJUnit(result.shown));
    // Not guarded: these lines are meant to act; every value in them is escaped instead.
    if (result.annotate && result.shown.length) {
      process.stdout.write(toAnnotationLines(result.shown, { changedFiles: result.changedFiles, pathPrefix: prefix }));
    }
  }
  const notes: string[] = [];
  const markdown = (maxBytes: number): string => {
    const top = [...result.preface, ...notes];
    if (verdict.failed) top.push(`> ❌ **The job fails**: ${verdict.reasons.join('; ')}`);
    const head = top.length ? clipBytes(top.join('\n\n'), Math.floor(maxBytes / 4)) + '\n\n' : '';
    if (result.shown.length === 0) return `### disco ${settings.mode}\n\n${head}`;
    return head + toSummary(result.shown, { base: result.base, maxBytes: Math.max(MIN_SUMMARY_BYTES, maxBytes - bytes(head) - 64), ...links });
  };

  if (settings.comment && !result.matrix) {
    const said = await postComment(session, (max) => markdown(max), COMMENT_MAX_CHARS);
    if (said) notes.push(said);
  }
  await core.summary.addRaw(markdown(STEP_SUMMARY_MAX_BYTES)).write();

  const counts = totals(result.counted);
  core.setOutput(Outputs.Status, verdict.failed ? 'failed' : 'passed');
  core.setOutput(Outputs.Reports, session.reportsDir);
  core.setOutput(Outputs.Junit, result.matrix ? '' : settings.junitPath);
  core.setOutput(Outputs.ChangedNodes, JSON.stringify(counts.changedNodes));
  core.setOutput(Outputs.Changes, String(counts.changes));
  core.setOutput(Outputs.Blocked, String(counts.blocked));
  core.setOutput(Outputs.Matrix, result.matrix ? JSON.stringify(result.matrix) : '');

  if (settings.artifactName && settings.mode !== 'report' && !result.matrix) {
    const files = await progress.group(`Uploading the reports as artifact ${settings.artifactName}`, () => uploadReports(settings.artifactName!, session.reportsDir));
    progress.info(`uploaded ${files} report files as ${settings.artifactName}`);
  }
  return verdict;
}

/** Cuts Markdown text to a byte budget at a line boundary, saying so. */
function clipBytes(text: string, max: number): string {
  if (bytes(text) <= max) return text;
  const lines = text.split('\n');
  let kept = 0;
  let size = 0;
  while (kept < lines.length && size + bytes(lines[kept]!) + 1 <= max - 80) size += bytes(lines[kept++]!) + 1;
  return `${lines.slice(0, kept).join('\n')}\n\n_… ${lines.length - kept} more lines left out to fit._`;
}
