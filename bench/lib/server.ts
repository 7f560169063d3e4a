import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningServer {
  origin: string;
  /** The server's process (with WEB_CONCURRENCY > 1, its workers' parent). */
  pid: number;
  stop(): Promise<void>;
}

/** Starts the real server serving `staticDir`, and waits until healthy. The database is in
 *  memory unless `database` says where one is (PARCOURS_DATA_DIR or DATABASE_URL, seeded
 *  by the bench). */
export async function startServer(
  staticDir: string,
  port: number,
  database: Record<string, string> = { PARCOURS_DATA_DIR: 'memory://' },
): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      ...database,
      PARCOURS_STATIC_DIR: staticDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not become healthy in 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    origin,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
