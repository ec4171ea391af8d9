// Every method and accessor of every native class, called with every wrong `this`
// (another class's object, a plain object, an object made from the prototype, the
// prototype itself, primitives), throws a TypeError. Run in a child process: a wrong
// unwrap crashes the process, and a crash must fail the test, not take jest down.
import { runInChild, survived } from '../support/child';

const child = `
const hydra = core;
const n = lib('core/library').native();
const graph = new hydra.Graph();
const x = graph.addOperation({ type: 'Placeholder', name: 'x', attrs: { dtype: 'float32', shape: [2] } }).output(0);
graph.addOperation({ type: 'Neg', name: 'y', inputs: [x] });
const session = new hydra.Session(graph);
const callable = session.handle.makeCallable([['x', 0]], [['y', 0]], [], null);
const tensor = hydra.tensor([1, 2]);
const instances = { Tensor: tensor.handle, Graph: graph.handle(), Session: session.handle, Callable: callable };
const classes = { Tensor: n.Tensor, Graph: n.Graph, Session: n.Session, Callable: Object.getPrototypeOf(callable).constructor };
const result = { calls: 0, typeErrors: 0, others: [] };
for (const [name, cls] of Object.entries(classes)) {
  const proto = cls.prototype;
  const strangers = [
    ...Object.entries(instances).filter(([other]) => other !== name).map(([other, value]) => [other, value]),
    ['plain object', {}],
    ['Object.create(prototype)', Object.create(proto)],
    ['the prototype', proto],
    ['a function', () => 0],
    ['an array', [1, 2]],
    ['null', null], ['undefined', undefined], ['a number', 1], ['a string', 'x'],
  ];
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor') continue;
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    const fn = descriptor.get || descriptor.value;
    if (typeof fn !== 'function') continue;
    for (const [label, self] of strangers) {
      result.calls++;
      try {
        fn.call(self, [], [], [], null, false);
        result.others.push(name + '.' + key + ' on ' + label + ': no error');
      } catch (error) {
        if (error instanceof TypeError) result.typeErrors++;
        else result.others.push(name + '.' + key + ' on ' + label + ': ' + (error && error.constructor && error.constructor.name) + ' ' + (error && error.message));
      }
    }
  }
}
// The right \`this\` still works after all that.
result.negated = Array.from(new Float32Array(session.runSync([[x, tensor]], [graph.output('y:0')])[0].handle.data()));
report(result);
`;

test('native methods and accessors called with a wrong `this` throw TypeError, never crash', () => {
  const report = survived(runInChild(child, 60000)) as { calls: number; typeErrors: number; others: string[]; negated: number[] };
  // Tensor: 9 members, Graph: 14, Session: 7, Callable: 6 (run, runSync, bind, runBound, unbind, runner) = 36 members,
  // each with 12 strangers (3 other classes + 9).
  expect(report.calls).toBe(36 * 12);
  expect(report.others).toEqual([]);
  expect(report.typeErrors).toBe(report.calls);
  expect(report.negated).toEqual([-1, -2]);
});

test('native constructors called without new throw TypeError', () => {
  const script = `
const n = lib('core/library').native();
const out = [];
for (const cls of [n.Tensor, n.Graph, n.Session]) { try { cls(1, [1], new Float32Array(1)); out.push('no error'); } catch (e) { out.push(e.constructor.name); } }
report(out);`;
  expect(survived(runInChild(script, 60000))).toEqual(['TypeError', 'TypeError', 'TypeError']);
});
