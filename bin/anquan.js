#!/usr/bin/env node
// The `anquan` command. The platform is TypeScript run through tsx's loader: no build step for the server.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
