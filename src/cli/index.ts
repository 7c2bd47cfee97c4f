import { run } from './run';

// `disco … | head` closes the pipe early: that ends the output, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
run(process.argv.slice(2)).then((code) => (process.exitCode = code));
