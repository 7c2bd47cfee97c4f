// Shared by the fake programs in this directory: append one JSON line per call to $FAKE_LOG.
const { appendFileSync, readFileSync } = require('node:fs');

exports.record = (tool, extra = {}) => {
  const entry = { tool, args: process.argv.slice(2), cwd: process.cwd(), ...extra };
  if (process.env.FAKE_LOG) appendFileSync(process.env.FAKE_LOG, JSON.stringify(entry) + '\n');
  return entry;
};

exports.readIfExists = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};
