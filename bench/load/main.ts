import { parseArgs } from 'node:util';
import { generateLoadWorkspace, LONG_SERVING } from './generateLoadWorkspace';

/** `npm run load-workspace [-- --cases N]`: builds (or reuses) a large workspace in a temp folder and says how to open it. */
const { values } = parseArgs({ options: { cases: { type: 'string' }, root: { type: 'string' } } });
const cases = values.cases ? Number(values.cases) : LONG_SERVING.cases;
if (!Number.isInteger(cases) || cases < 14) throw new Error('--cases must be a whole number of at least 14');
const scale = cases / LONG_SERVING.cases;
const spec = {
  cases,
  pages: Math.round(LONG_SERVING.pages * scale),
  signed: Math.round(LONG_SERVING.signed * scale),
  active: Math.max(1, Math.round(LONG_SERVING.active * scale)),
};
const ws = await generateLoadWorkspace(spec, { ...(values.root ? { root: values.root } : {}), log: console.log });
console.log(
  `\n${ws.cases} cases, ${ws.pages} indexed pages, ${ws.signed} signed determinations (built in ${ws.seconds} s, ${ws.generatedAt}).\n` +
    `Open it:  npm start -- --data-dir ${ws.dataDir}\n          npm run cli -- list --data-dir ${ws.dataDir}`,
);
