import { run } from './run-main';

// Exit once done: HTTP keep-alive sockets (comment, cache, artifacts) must not hold the step open.
void run().then(() => process.exit());
