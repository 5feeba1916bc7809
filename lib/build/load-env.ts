// Scripts read the same .env files as `next start` (.env.local, .env.production, .env).
import nextEnv from '@next/env';

nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
