#!/usr/bin/env node
// The installed `kg` command: runs the compiled CLI (build it with `pnpm build`).
import '../dist/main.js';
