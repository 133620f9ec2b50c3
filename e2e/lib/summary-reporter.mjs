// A node:test reporter for run.mjs: one JSON line at the end with the tests
// run, passed and failed, and each skipped test with the reason it gave.
// Suites (describe) are not tests; a suite that fails on its own (a hook)
// counts as a failure.
export default async function* summary(source) {
  const counts = { run: 0, passed: 0, failed: 0, skipped: [] };
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    const suite = data.details?.type === 'suite';
    if (suite && (type === 'test:pass' || data.details.error?.failureType === 'subtestsFailed')) continue;
    counts.run += 1;
    if (data.skip !== undefined && data.skip !== false) {
      counts.skipped.push({ name: data.name, reason: data.skip === true ? null : data.skip });
    } else if (type === 'test:pass') {
      counts.passed += 1;
    } else {
      counts.failed += 1;
    }
  }
  yield `${JSON.stringify(counts)}\n`;
}
