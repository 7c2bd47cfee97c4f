/**
 * SIGINT/SIGTERM during long work: the first one asks the work to stop cleanly (tear down, write
 * what there is); a second one forces the exit. Returns the function that removes the handlers.
 */
export function onSignals(stop: (name: 'SIGINT' | 'SIGTERM') => void): () => void {
  let received = 0;
  const handler = (name: 'SIGINT' | 'SIGTERM'): void => {
    received += 1;
    if (received > 1) process.exit(name === 'SIGTERM' ? 143 : 130);
    process.stderr.write(`error: ${name}: stopping the dance (again to force)\n`);
    stop(name);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
