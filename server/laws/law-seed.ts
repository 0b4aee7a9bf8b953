import seedFile from './data/laws.json' with { type: 'json' };
import type { LawImport } from '../../core/laws/law.schema.ts';
import { seedFileSchema } from './law.service.ts';

/** The acts the platform cites, with their SOURCE note (server/laws/data/laws.json). */
export const SEED_LAWS: readonly LawImport[] = seedFileSchema.parse(seedFile).laws;
