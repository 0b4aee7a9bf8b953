import { randomInt } from 'node:crypto';
import { CREDIT_CODE_CHARSET, creditCodeCheckChar } from '../../core/organisations/credit-code.ts';
import type { EnterpriseCreate } from '../../core/organisations/enterprise.schema.ts';
import type { Role } from '../../core/organisations/roles.ts';
import type { Actor } from '../../server/auth/actor.ts';
import { systemActor } from '../../server/audit/audit.service.ts';
import type { Db } from '../../server/db/database.ts';
import { createDepartment } from '../../server/organisations/department.service.ts';
import { createEnterprise } from '../../server/organisations/enterprise.service.ts';
import { createUser } from '../../server/organisations/user.service.ts';
import type { TestApp } from './test-app.ts';

/** Data factories: each test builds what it needs through the same services the API uses. */

export const TEST_PASSWORD = 'Passw0rd!test';

const adminActor: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'test-factory',
  displayName: 'test factory',
  role: 'admin',
  departmentId: null,
  enterpriseId: null,
  scope: { kind: 'city' },
  ip: '127.0.0.1',
};

let sequence = 0;
const unique = (prefix: string) => `${prefix}${process.pid.toString(36)}${(++sequence).toString(36)}${randomInt(1e6).toString(36)}`;

/** A random credit code with a correct GB 32100-2015 check character. */
export function validCreditCode(district = '510104'): string {
  let body = `91${district}`;
  while (body.length < 17) body += CREDIT_CODE_CHARSET[randomInt(CREDIT_CODE_CHARSET.length)];
  return body + creditCodeCheckChar(body);
}

export function enterpriseInput(overrides: Partial<EnterpriseCreate> = {}): EnterpriseCreate {
  return {
    name: `测试企业${unique('')}有限公司`,
    creditCode: validCreditCode(),
    industryCode: '2614',
    regionCode: '510113',
    address: '成都市青白江区大同路1号',
    location: { lng: 104.25, lat: 30.88 },
    employees: 120,
    ...overrides,
  };
}

export const makeEnterprise = (db: Db, overrides: Partial<EnterpriseCreate> = {}) => createEnterprise(db, adminActor, enterpriseInput(overrides));

export const makeDepartment = (db: Db, regionCodes: string[], industryCodes: string[]) =>
  createDepartment(db, adminActor, { name: unique('测试部门'), regionCodes, industryCodes });

export async function makeUser(db: Db, role: Role, links: { departmentId?: string; enterpriseId?: string } = {}) {
  return createUser(db, systemActor('test'), { username: unique('u'), password: TEST_PASSWORD, displayName: unique('用户'), role, ...links });
}

/** Signs in through the API and returns the bearer token. */
export async function login(app: TestApp, username: string, password = TEST_PASSWORD): Promise<string> {
  const response = await app.request('POST', '/api/v1/auth/login', { body: { username, password } });
  if (response.status !== 200) throw new Error(`login of ${username} failed: ${response.status} ${response.text}`);
  return response.body.token as string;
}

/** A user of the given role with a token, created and signed in. */
export async function signedIn(app: TestApp, role: Role, links: { departmentId?: string; enterpriseId?: string } = {}) {
  const user = await makeUser(app.db, role, links);
  return { user, token: await login(app, user.username) };
}
