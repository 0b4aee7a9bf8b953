// @vitest-environment happy-dom
import * as React from 'react';
import { isValidElement, useEffect, type ReactElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryRouter, RouterProvider, useLocation, type RouteObject } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission } from '../../../core/auth/permissions.ts';
import { roleSchema, type Role } from '../../../core/organisations/roles.ts';
import { i18n } from '../i18n/i18n.ts';
import apiPermissions from '../test-support/api-permissions.json';
import { homePathFor, menuEntriesFor } from './app-menu.ts';
import { can } from './permissions.ts';
import { RequirePermission } from './require-permission.tsx';
import { routes } from './router.tsx';
import type { SessionUser } from './session.types.ts';
import { appTheme } from './theme.ts';

/**
 * Every route of the router, as every role (issue 13, "Screens a clerk trusts"): a route is either offered — in
 * the menu or by a link, and it renders without calling an API the server refuses that role — or not offered, and
 * it shows the app's 403 page without calling anything of its domain. Never a half-rendered page.
 *
 * The API is a fake that answers as the server decides by role: web/src/test-support/api-permissions.json is the
 * server's route → permission list (written by server/auth/permissions.api.test.ts), so a page that calls an API
 * the server would refuse its role fails here. Reads of one record answer 404 (the page's "not found" state);
 * lists answer empty pages.
 */

const ID = '0b6f8f5e-4a44-4f0e-9a3b-2d3b8c1e9a01';
const ENTERPRISE_ID = '7d1e2c3b-5a6f-4e8d-9c0b-1a2b3c4d5e6f';

interface Leaf {
  pattern: string;
  path: string;
  permission: Permission | null;
  otherwise: string | undefined;
}

const join = (parent: string, path: string | undefined) => (path === undefined ? parent : path.startsWith('/') ? path : `${parent === '/' ? '' : parent}/${path}`);

/** The guard of an element: router.tsx wraps pages in `guard(permission, page)`, possibly under RequireAuth. */
function guardOf(element: unknown): { permission: Permission; otherwise?: string } | null {
  if (!isValidElement(element)) return null;
  const el = element as ReactElement<{ permission?: Permission; otherwise?: string; children?: unknown }>;
  if (el.type === RequirePermission && el.props.permission) return { permission: el.props.permission, otherwise: el.props.otherwise };
  return guardOf(el.props.children);
}

function leavesOf(list: RouteObject[], parent = ''): Leaf[] {
  return list.flatMap((route): Leaf[] => {
    const pattern = route.index ? parent : join(parent, route.path);
    if (route.children) return leavesOf(route.children, pattern);
    const g = guardOf(route.element);
    return [{ pattern, path: pattern.replace(/:[a-zA-Z]+/g, ID), permission: g?.permission ?? null, otherwise: g?.otherwise }];
  });
}

const LEAVES = leavesOf(routes);
// The sign-in page and the public pages (outside the signed-in app, no role) are not walked.
const PAGES = LEAVES.filter((l) => l.pattern !== '/login' && l.pattern !== '/*' && !l.pattern.startsWith('/public/'));

// ---------------------------------------------------------------- the fake API

type ApiRule = { method: string; regex: RegExp; params: number; permission: string; pattern: string };
const API: ApiRule[] = Object.entries(apiPermissions as Record<string, string>)
  .map(([key, permission]) => {
    const [method, pattern] = key.split(' ') as [string, string];
    const params = (pattern.match(/:/g) ?? []).length;
    return { method, pattern, permission, params, regex: new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, '[^/]+')}$`) };
  })
  .sort((a, b) => a.params - b.params);

const EMPTY_PAGE = { items: [], total: 0, page: 1, pageSize: 20 };
const zeroFigures = { accidents: 0, deaths: 0, seriousInjuries: 0, directLossYuan: 0 };
const zeroLevels = { major: 0, larger: 0, general: 0, low: 0 };
/** The answers that are not a page of records: the least each screen draws from. */
const FIXTURES: Record<string, unknown> = {
  'GET /api/v1/cockpit': { regionCode: null, year: 2026, asOf: '2026-06-01T00:00:00+08:00', panels: {} },
  'GET /api/v1/risk-points/distribution': { totals: zeroLevels, enterprises: [], districts: [] },
  'GET /api/v1/notification-preferences': { email: null, phone: null, availableChannels: [], preferences: [] },
  'GET /api/v1/hazards/statistics': { groupBy: 'enterprise', from: '2026-01-01', to: '2026-06-01', rows: [] },
  'GET /api/v1/statistics/accidents': {
    groupBy: 'region',
    from: '2026-01-01',
    to: '2026-06-01',
    previousFrom: '2025-01-01',
    previousTo: '2025-06-01',
    rows: [],
    total: { key: 'total', ...zeroFigures, previous: zeroFigures, change: { accidents: null, deaths: null } },
  },
  'GET /api/v1/regions/map': { type: 'FeatureCollection', features: [] },
  'GET /api/v1/regions': { items: [] },
  'GET /api/v1/industries': { items: [] },
};

interface Call {
  method: string;
  url: string;
  permission: string | null;
  refused: boolean;
}

let role: Role = 'admin';
let calls: Call[] = [];
let inFlight = 0;
const userOf = (r: Role): SessionUser => ({
  id: `user-${r}`,
  username: r,
  displayName: r,
  role: r,
  departmentId: r === 'regulator' || r === 'inspector' ? 'c9d8e7f6-0000-4000-8000-000000000001' : null,
  enterpriseId: r === 'enterprise' ? ENTERPRISE_ID : null,
});

const json = (status: number, body: unknown) => new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const apiError = (status: number, code: string) => json(status, { error: { code, message: code } });

async function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  inFlight++;
  try {
    return answer(input, init);
  } finally {
    setTimeout(() => inFlight--, 0);
  }
}

function answer(input: RequestInfo | URL, init?: RequestInit): Response {
  const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
  const method = (init?.method ?? 'GET').toUpperCase();
  const rule = API.find((r) => r.method === method && r.regex.test(url.pathname));
  const permission = rule?.permission ?? null;
  const refused = rule !== undefined && permission !== 'public' && !can({ role }, permission as Permission);
  calls.push({ method, url: `${url.pathname}${url.search}`, permission, refused });
  if (!rule) return apiError(404, 'NOT_FOUND');
  if (refused) return apiError(403, 'FORBIDDEN');
  const key = `${method} ${rule.pattern}`;
  if (key === 'GET /api/v1/auth/me') return json(200, { user: userOf(role) });
  if (key in FIXTURES) return json(200, FIXTURES[key]);
  if (method !== 'GET') return json(204, null);
  if (rule.params > 0) return apiError(404, 'NOT_FOUND');
  return json(200, EMPTY_PAGE);
}

// ---------------------------------------------------------------- the walk

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * This walk runs on React's production build (vitest.config.ts, project `web-walk`): a few times faster than the
 * development build, and it has no `act` — waiting for the scheduler does the same.
 */
const act: (work: () => Promise<unknown>) => Promise<unknown> = (React as { act?: typeof React.act }).act ?? (async (work) => work());

const busy = () =>
  inFlight > 0 || ['ant-spin-spinning', 'ant-skeleton-active'].some((c) => document.getElementsByClassName(c).length > 0) || document.querySelector('[data-testid=page-loading]') !== null;

/** The route that last committed, with the navigation it committed for (set by `Probe` around each page). */
let committed = { pattern: '', key: '' };

function Probe({ pattern, children }: { pattern: string; children: ReactNode }) {
  const { key } = useLocation();
  useEffect(() => {
    committed = { pattern, key };
  }, [pattern, key]);
  return children;
}

/** The router's routes with each page inside a `Probe`, so the walk knows when the page it went to is on screen. */
function probed(list: RouteObject[], parent = ''): RouteObject[] {
  return list.map((route) => {
    const pattern = route.index ? parent : join(parent, route.path);
    if (route.children) return { ...route, children: probed(route.children, pattern) } as RouteObject;
    return { ...route, element: <Probe pattern={pattern}>{route.element}</Probe> } as RouteObject;
  });
}

/**
 * Until the page navigated to has committed and nothing loads any more: no request under way, no skeleton or
 * spinner, for three rounds in a row.
 */
async function settled(pattern: string, key: () => string): Promise<void> {
  let quiet = 0;
  for (let i = 0; i < 500; i++) {
    await act(async () => sleep(10));
    const arrived = committed.pattern === pattern && committed.key === key();
    quiet = arrived && !busy() ? quiet + 1 : 0;
    if (quiet >= 3) return;
  }
  throw new Error(`${pattern} never settles (last committed: ${committed.pattern})`);
}

/** A 2D context that draws nothing: charts (echarts) lay out and paint into it without a real canvas. */
function stubCanvas() {
  const stored = new Map<PropertyKey, unknown>([['dpr', 1]]);
  const noop = Object.assign(() => ({ addColorStop: () => undefined }), { valueOf: () => 0, toString: () => '' });
  const context = new Proxy(
    {},
    {
      get: (_target, key) => {
        if (stored.has(key)) return stored.get(key);
        if (key === 'measureText') return () => ({ width: 0 });
        if (key === 'getImageData') return () => ({ data: new Uint8ClampedArray(4) });
        if (key === 'canvas') return document.createElement('canvas');
        return noop;
      },
      set: (_target, key, value) => {
        stored.set(key, value);
        return true;
      },
    },
  );
  HTMLCanvasElement.prototype.getContext = (() => context) as unknown as HTMLCanvasElement['getContext'];
}

const patternOf = (pattern: string) => new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
const leafAt = (path: string) => PAGES.find((l) => patternOf(l.pattern).test(path));

/** Internal links on screen, with the routes they lead to: where the page and the menu send the user. */
function linkedRoutes(): { href: string; leaf: Leaf | undefined }[] {
  return [...document.querySelectorAll('a[href]')]
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => href.startsWith('/') && !href.startsWith('/api/') && !href.startsWith('/login'))
    .map((href) => ({ href, leaf: leafAt(href.split(/[?#]/)[0]!) }));
}

const PROBED = probed(routes);

interface Outcome {
  route: string;
  problems: string[];
}

async function walk(r: Role): Promise<Outcome[]> {
  role = r;
  const user = userOf(r);
  const home = homePathFor(user);
  const router = createMemoryRouter(PROBED, { initialEntries: [home] });
  const at = () => router.state.location.key;
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  await act(async () => root.render(<RouterProvider router={router} />));
  await settled(leafAt(home)!.pattern, at);
  const outcomes: Outcome[] = [];
  try {
    for (const leaf of PAGES) {
      const path = leaf.path.replace(ID, leaf.pattern.startsWith('/enterprises/') && r === 'enterprise' ? ENTERPRISE_ID : ID);
      calls = [];
      await act(async () => router.navigate(path));
      const offered = leaf.permission !== null && can(user, leaf.permission);
      await settled(!offered && leaf.otherwise === 'home' ? leafAt(home)!.pattern : leaf.pattern, at);
      const problems: string[] = [];
      const forbidden = document.querySelector('.ant-result-403') !== null;
      const text = document.body.textContent ?? '';
      if (text.includes('Unexpected Application Error')) problems.push(`crashed: ${text.slice(0, 200)}`);
      if (!leaf.permission) problems.push('declares no permission (guard it in router.tsx)');
      if (offered) {
        if (forbidden) problems.push('shows 403 to a role it is offered to');
        for (const c of calls.filter((c) => c.refused)) problems.push(`calls ${c.method} ${c.url}, which the server refuses a ${r} (${c.permission})`);
        for (const c of calls.filter((c) => c.permission === null)) problems.push(`calls ${c.method} ${c.url}, which the server does not have`);
        if (!(document.querySelector('main') ?? container).textContent?.trim()) problems.push('renders an empty page');
      } else if (leaf.otherwise === 'home') {
        if (router.state.location.pathname !== home) problems.push(`is not offered and should lead home, but shows ${router.state.location.pathname}`);
      } else {
        if (!forbidden) problems.push('is not offered but shows no 403 page');
        // The header's and the breadcrumb's reads are the layout's; nothing of the page starts.
        const refused = calls.filter((c) => c.refused);
        if (refused.length > 0) problems.push(`is not offered but calls ${refused.map((c) => `${c.method} ${c.url}`).join(', ')}`);
      }
      // Where the page sends the user (a 403 page's breadcrumb only repeats the address typed).
      for (const { href, leaf: target } of offered ? linkedRoutes() : []) {
        if (!target) problems.push(`links to ${href}, which no route shows`);
        else if (target.permission && !can(user, target.permission) && target.otherwise !== 'home') problems.push(`links to ${href}, which a ${r} is not offered`);
      }
      outcomes.push({ route: leaf.pattern, problems });
    }
  } finally {
    await act(async () => root.unmount());
    container.remove();
  }
  return outcomes;
}

describe('every route, as every role', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('zh-CN');
    globalThis.fetch = fakeFetch as typeof fetch;
    stubCanvas();
    // happy-dom computes a style by matching every rule antd injected: measurements (table widths, scrollbars,
    // text areas, charts) mean nothing here and cost most of the walk's time.
    const noStyle = new Proxy({} as CSSStyleDeclaration, { get: (_target, key) => (key === 'getPropertyValue' ? () => '' : '') });
    window.getComputedStyle = () => noStyle;
    // No animations: a page is drawn once, not over the frames of its transitions.
    appTheme.token = { ...appTheme.token, motion: false };
    // The live stream stays closed: the pages check for EventSource before they open one.
    Reflect.deleteProperty(globalThis, 'EventSource');
  });
  afterAll(() => {
    calls = [];
  });

  it('declares a permission of the table on every page of the router', () => {
    expect(PAGES.length).toBeGreaterThan(30);
    expect(PAGES.filter((l) => !l.permission || !(l.permission in PERMISSIONS)).map((l) => l.pattern)).toEqual([]);
  });

  it('offers each form exactly to the roles the server lets save it', () => {
    // A form that saves through one request: its route's permission is that request's (no form the save refuses).
    const saves: Record<string, string> = {
      '/enterprises/new': 'POST /api/v1/enterprises',
      '/enterprises/:id/edit': 'PATCH /api/v1/enterprises/:id',
      '/hazards/new': 'POST /api/v1/hazards',
      '/investigation-plans/new': 'POST /api/v1/investigation-plans',
      '/risks/new': 'POST /api/v1/risk-points',
      '/major-hazard-sources/new': 'POST /api/v1/major-hazard-sources',
      '/accidents/new': 'POST /api/v1/accidents',
      '/inspections/new': 'POST /api/v1/inspections',
    };
    const api = apiPermissions as Record<string, string>;
    const mismatched = Object.entries(saves)
      .map(([pattern, request]) => ({ pattern, page: PAGES.find((l) => l.pattern === pattern)?.permission, save: api[request] }))
      .filter((f) => !f.save || f.page !== f.save);
    expect(mismatched).toEqual([]);
  });

  it.each(roleSchema.options)('%s: each page is offered and renders, or shows the 403 page', async (r) => {
    const outcomes = await walk(r);
    expect(outcomes.filter((o) => o.problems.length > 0)).toEqual([]);
    // The menu offers what the routes offer.
    for (const entry of menuEntriesFor(userOf(r))) {
      const leaf = leafAt(entry.path);
      expect(leaf?.permission && can(userOf(r), leaf.permission), entry.path).toBe(true);
    }
  }, 120_000);
});
