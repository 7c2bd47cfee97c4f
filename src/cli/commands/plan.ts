import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { InputError } from '../../model/errors';
import { planJson, planText } from '../../plan/format-plan';
import { makeAllPlans, makePlan } from '../../plan/make-plan';
import { readRepo } from '../../plan/read-repo';
import { EXIT_PASSED, type Command } from '../command';

export const planCommand: Command = {
  name: 'plan',
  usage: 'plan   [--repo DIR] [--node NAME | --all] [--json]               the modules of a dance, in order, and why',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        repo: { type: 'string', default: '.' },
        node: { type: 'string' },
        all: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.all && values.node !== undefined) throw new InputError('give either --node NAME or --all, not both');
    const repo = readRepo(values.repo);
    const plans = values.all ? makeAllPlans(repo) : [makePlan(repo, values.node ?? hostname())];
    if (values.json) {
      const json = values.all ? plans.map(planJson) : planJson(plans[0]!);
      process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    } else {
      const lines = plans.length ? plans.flatMap(planText) : ['info: no nodes in parameters/'];
      process.stdout.write(lines.join('\n') + '\n');
    }
    return EXIT_PASSED;
  },
};
