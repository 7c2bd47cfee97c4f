/**
 * Fan-out through GitHub's own artifacts: each shard job uploads its reports directory; the
 * report job downloads every artifact of the run whose name starts with the prefix.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export async function uploadReports(name: string, dir: string): Promise<number> {
  const files = listFiles(dir);
  if (files.length === 0) return 0;
  await new DefaultArtifactClient().uploadArtifact(name, files, dir, { retentionDays: 1 });
  return files.length;
}

/** Downloads each matching artifact into `dest/<artifact name>/`; returns the names. */
export async function downloadReports(prefix: string, dest: string): Promise<string[]> {
  const client = new DefaultArtifactClient();
  const { artifacts } = await client.listArtifacts({ latest: true });
  const wanted = artifacts.filter((artifact) => artifact.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name));
  for (const artifact of wanted) await client.downloadArtifact(artifact.id, { path: join(dest, artifact.name) });
  return wanted.map((artifact) => artifact.name);
}

export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (path: string): void => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(dir);
  return files.filter((file) => !relative(dir, file).startsWith('..'));
}
