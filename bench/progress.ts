/** Progress lines on stderr, timed: stdout is kept for the benchmark's JSON. */
export const progress = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
