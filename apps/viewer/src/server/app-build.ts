/**
 * Locates the built viewer app and builds it when it is missing. The app is
 * built by Vite into `apps/viewer/dist/web`; this module finds that folder
 * from its own location (the same from `src/server` and `dist/server`) and can
 * run `vite build` for a user who starts the server on a fresh checkout.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The viewer package's root folder. */
export const VIEWER_PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** Where `vite build` puts the app. */
export const DEFAULT_APP_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** The command a person runs to build the app by hand. */
export const BUILD_COMMAND = 'npx -y pnpm@10.34.9 --filter @claimgraph/viewer build';

/** True when `appDir` holds a built app (`index.html`). */
export function isAppBuilt(appDir: string = DEFAULT_APP_DIR): boolean {
  return existsSync(`${appDir.replace(/\/$/, '')}/index.html`);
}

/**
 * Runs `vite build` for the viewer package; resolves when the build finished
 * and rejects with a message naming {@link BUILD_COMMAND} when it could not.
 * `onOutput` receives Vite's progress output.
 */
export async function buildApp(onOutput: (text: string) => void = () => {}): Promise<void> {
  let viteBin: string;
  try {
    const require = createRequire(`${VIEWER_PACKAGE_DIR}package.json`);
    const vitePackage = require.resolve('vite/package.json');
    viteBin = vitePackage.replace(/package\.json$/, 'bin/vite.js');
  } catch {
    throw new Error(
      `claimgraph-viewer: the viewer app is not built and Vite is not installed to build it; run \`${BUILD_COMMAND}\`.`,
    );
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
      cwd: VIEWER_PACKAGE_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => onOutput(chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`claimgraph-viewer: building the viewer app failed (exit ${code}); run \`${BUILD_COMMAND}\` to see why.`)),
    );
  });
}
