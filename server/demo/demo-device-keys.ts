/**
 * Device keys for the demo simulator: one per demo enterprise, because a key is scoped to its enterprise
 * (issue 4) and is the MQTT password of that enterprise's connection.
 *
 * The platform passes `mintSystemDeviceKey` (server/monitoring/device-keys/device-key.service.ts) as `mint`:
 * because a key is stored hashed and cannot be read back, the in-process simulator mints fresh keys named
 * DEMO_KEY_NAME at each start, and minting revokes that enterprise's earlier DEMO_KEY_NAME keys (audited) so
 * keys do not pile up across restarts.
 */
export type MintDeviceKey = (enterpriseId: string, name: string) => Promise<{ id: string; key: string }>;

export const DEMO_KEY_NAME = 'demo-simulator';

export async function mintDemoDeviceKeys(enterpriseIds: readonly string[], mint: MintDeviceKey): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const enterpriseId of new Set(enterpriseIds)) keys.set(enterpriseId, (await mint(enterpriseId, DEMO_KEY_NAME)).key);
  return keys;
}
