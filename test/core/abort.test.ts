// TensorFlow's Abort op with exit_without_error: true calls exit(0) from the thread that runs
// it; the process must then exit with status 0 (it died of SIGSEGV: exit handlers and static
// destructors ran on that thread while the JS thread was still running).
import { runInChild } from '../support/child';

const abortGraph = `
  const graph = new core.Graph();
  graph.addOperation({ type: 'Abort', name: 'abort', attrs: { exit_without_error: true, error_msg: 'asked to exit' } });
  const session = new core.Session(graph, MODE === 'interOp' ? { interOpThreads: 2 } : {});
  // Outliving the op is a failure too (a test reads only the first report, so set the status).
  setTimeout(() => { process.exitCode = 9; }, 5000);
  report('running');
`;

const runs: Record<string, string> = {
  'session.run': `await session.run(null, [], ['abort']);`,
  'session.runSync': `session.runSync(null, [], ['abort']);`,
  'callable.run (inline)': `await session.callable({ targets: ['abort'], inline: true }).run([]);`,
  'session.run with inter-op threads': `await session.run(null, [], ['abort']);`,
};

test.each(Object.entries(runs))('Abort(exit_without_error) in %s exits the process with status 0', (name, call) => {
  const mode = name.includes('inter-op') ? 'interOp' : 'plain';
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = runInChild(`const MODE = '${mode}';${abortGraph}${call}\nprocess.exitCode = 8;`, 60000);
    expect({ status: outcome.status, signal: outcome.signal, report: outcome.report }).toEqual({
      status: 0,
      signal: null,
      report: 'running',
    });
  }
});
