import { run } from './run-post';

// Always exit 0: cleanup never fails a job (problems are warnings).
void run().then(() => process.exit(0));
