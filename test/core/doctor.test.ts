// `hydra-tf doctor`: the TensorFlow version, the library path and the devices, as text and as JSON.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { libraryLocation, listDevices, version } from '../../lib';

const bin = path.join(__dirname, '..', '..', 'bin', 'hydra-tf.js');

test('doctor --json reports what the library itself sees', () => {
  const out = execFileSync(process.execPath, [bin, 'doctor', '--json'], { encoding: 'utf8' });
  const report = JSON.parse(out);
  expect(report.tensorflowVersion).toBe(version());
  expect(report.tensorflowVersion).toBe('2.21.0');
  expect(report.libraryPath).toBe(libraryLocation().path);
  expect(fs.existsSync(report.libraryPath)).toBe(true);
  expect(report.devices).toEqual(listDevices().map(({ name, type, memoryBytes }) => ({ name, type, memoryBytes })));
  expect(report.devices[0]).toMatchObject({ type: 'CPU', name: expect.stringMatching(/CPU:0$/) });
});

test('doctor prints a readable report', () => {
  const out = execFileSync(process.execPath, [bin, 'doctor'], { encoding: 'utf8' });
  expect(out).toMatch(/^TensorFlow 2\.21\.0$/m);
  expect(out).toContain(libraryLocation().path);
  expect(out).toMatch(/CPU\s+\/job:localhost\/replica:0\/task:0\/device:CPU:0/);
});

test('doctor fails clearly when libtensorflow cannot be found', () => {
  let failure: { status: number; stdout: string } | null = null;
  try {
    execFileSync(process.execPath, [bin, 'doctor', '--json'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        HYDRA_TF_LIBRARY: '/nonexistent/libtensorflow.so.2',
        LIBTENSORFLOW_PATH: '/nonexistent',
        HYDRA_TF_DEPS_DIR: '/nonexistent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    failure = error as { status: number; stdout: string };
  }
  expect(failure).not.toBeNull();
  expect(failure!.status).toBe(1);
  const report = JSON.parse(failure!.stdout);
  expect(report.error.code).toBe('NOT_FOUND');
  expect(report.error.message).toMatch(/LIBTENSORFLOW_PATH=\/nonexistent/);
  expect(report.error.message).toMatch(/npm install/);
});
