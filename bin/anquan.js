#!/usr/bin/env -S node --initial-heap-size=512
// The `anquan` command. The platform is TypeScript run through tsx's loader: no build step for the server.
// The first line's V8 flag gives the server's heap room before full collections (docs/adr/0028); `npm start`
// runs this file by that line, and test/support/platform-process.ts reads the flags from it.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
