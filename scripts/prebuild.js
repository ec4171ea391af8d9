#!/usr/bin/env node
// Builds the addon into prebuilds/<platform>-<arch>/ with prebuildify (Node-API: one
// binary for every Node version >= 20). Uses Node's installed headers when present, so
// nothing is downloaded.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const prefix = path.resolve(path.dirname(process.execPath), '..');
const env = { ...process.env };
if (!env.npm_config_nodedir && fs.existsSync(path.join(prefix, 'include', 'node', 'common.gypi'))) env.npm_config_nodedir = prefix;
// Through npx, which puts npm's bundled node-gyp on PATH for prebuildify.
const result = spawnSync('npx', ['--no-install', 'prebuildify', '--napi', '--strip'], { cwd: root, stdio: 'inherit', env });
process.exit(result.status ?? 1);
