import { parseArgs } from 'node:util';
import type { CliArgs } from './cliCommand';

/** Reads the command line; an unknown option throws with Node's message naming it. */
export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      json: { type: 'boolean' },
      // Options of single commands (ocr); a command reads them from `options`.
      document: { type: 'string' },
      force: { type: 'boolean' },
      model: { type: 'string' },
      'replace-local-work': { type: 'boolean' },
      fix: { type: 'boolean' },
      rekey: { type: 'boolean' },
      trust: { type: 'string', multiple: true },
      all: { type: 'boolean' },
      archived: { type: 'boolean' },
    },
  });
  const [name, ...args] = positionals;
  return {
    name,
    args,
    flags: {
      replaceLocalWork: values['replace-local-work'] === true,
      fix: values.fix === true,
      rekey: values.rekey === true,
      trust: values.trust ?? [],
      all: values.all === true,
      archived: values.archived === true,
    },
    options: {
      ...(values.document === undefined ? {} : { document: values.document }),
      ...(values.force === undefined ? {} : { force: values.force }),
      ...(values.model === undefined ? {} : { model: values.model }),
    },
    help: values.help === true,
    json: values.json === true,
    dataDir: values['data-dir'],
  };
}
