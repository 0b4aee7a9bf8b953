import type { Page } from 'playwright-core';
import { visible } from './browser.ts';

/** Labels come from the web's own locale files, so a reworded label does not break the journey. */
export interface Labels {
  auth: { username: string; password: string };
}

export async function logIn(page: Page, labels: Labels, username: string, password: string): Promise<void> {
  await visible(page.getByLabel(labels.auth.username, { exact: true }));
  await page.getByLabel(labels.auth.username, { exact: true }).fill(username);
  await page.getByLabel(labels.auth.password, { exact: true }).fill(password);
  // antd spaces out two-character Chinese button texts ("登 录"), so find the button by its role in the form.
  await page.locator('form#login button[type=submit]').click();
}

/** Opens an antd TreeSelect by its form label, searches, and picks the node whose title is exactly `title`. */
export async function pickTreeOption(page: Page, label: string, search: string, title: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(search);
  const node = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-treenode')
    .filter({ has: page.locator('.ant-select-tree-title', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) })
    .first();
  await visible(node);
  await node.locator('.ant-select-tree-node-content-wrapper').click();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface RegionNode {
  code: string;
  name: string;
  level: string;
  children?: RegionNode[];
}

/** A district of the demo city, read through the browser's session so the cookie applies. */
export async function firstDistrict(page: Page, baseUrl: string): Promise<RegionNode> {
  const response = await page.request.get(`${baseUrl}/api/v1/regions`);
  if (!response.ok()) throw new Error(`GET /api/v1/regions → ${response.status()}`);
  const { items } = (await response.json()) as { items: RegionNode[] };
  const queue = [...items];
  while (queue.length > 0) {
    const node = queue.shift();
    if (!node) break;
    if (node.level === 'district') return node;
    queue.push(...(node.children ?? []));
  }
  throw new Error('the region tree has no district');
}

interface IndustryRow {
  code: string;
  name: string;
  level: number;
}

/** The first industry class (level 4) of GB/T 4754, e.g. 0111 稻谷种植. */
export async function someIndustryClass(page: Page, baseUrl: string): Promise<IndustryRow> {
  const response = await page.request.get(`${baseUrl}/api/v1/industries`);
  if (!response.ok()) throw new Error(`GET /api/v1/industries → ${response.status()}`);
  const { items } = (await response.json()) as { items: IndustryRow[] };
  const deepest = Math.max(...items.map((row) => row.level));
  const row = items.filter((item) => item.level === deepest).sort((a, b) => a.code.localeCompare(b.code))[0];
  if (!row) throw new Error('the industry list is empty');
  return row;
}

/** antd spaces out two-character Chinese button texts ("编 辑"); match with or without the space. */
export function spaced(text: string): RegExp {
  return new RegExp([...text].map(escapeRegExp).join('\\s*'));
}
