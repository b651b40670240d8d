import type { Agent } from '../../../server/src/agent/agent.js';
import { createAnatomyExtension } from '../../../server/src/http/anatomy-routes.js';
import { createWebAppExtension } from '../../../server/src/http/web-app-routes.js';
import { createScriptedAgent } from '../../support/scripted-agent.js';
import { openTestDatabase, startTestServer } from '../../support/test-server.js';
import { assetsOutDir, distDir } from './e2e-paths.js';
import { scriptFor } from './e2e-scripts.js';
import { ensureModel } from './ensure-model.js';
import { ensureWebBuild } from './ensure-web-build.js';

export interface E2eServer {
  url: string;
  agent: ReturnType<typeof createScriptedAgent>;
  close: () => Promise<void>;
}

/**
 * The app as users get it: the real server in-process with the built web app and the anatomy
 * routes, answering with a scripted agent chosen by the message text. Builds the web app and
 * the model first when they are missing or stale; `modelDir` serves another model folder
 * (an empty one: no model).
 */
export const startE2eServer = async (options: E2eServerOptions = {}): Promise<E2eServer> => {
  const agent = createScriptedAgent((input) => scriptFor(input.message));
  return { ...(await startE2eServerWith(agent, options)), agent };
};

export interface E2eServerOptions {
  log?: (line: string) => void;
  modelDir?: string;
}

/** The same app answering with another agent (the offline guide, as students get it). */
export const startE2eServerWith = async (
  agent: Agent,
  options: E2eServerOptions = {},
): Promise<Omit<E2eServer, 'agent'>> => {
  const log = options.log ?? (() => undefined);
  await ensureWebBuild(log);
  if (!options.modelDir) await ensureModel(log);
  const database = await openTestDatabase();
  const server = await startTestServer({
    agent,
    database,
    extensions: [
      createAnatomyExtension({ outDir: options.modelDir ?? assetsOutDir }),
      createWebAppExtension({ distDir }),
    ],
  });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
};
