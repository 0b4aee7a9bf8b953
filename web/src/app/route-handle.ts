import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Params } from 'react-router';
import type { SessionUser } from './session.types.ts';

export interface Crumb {
  title: ReactNode;
  to?: string;
}

export interface CrumbContext {
  params: Params;
  user: SessionUser;
  t: TFunction;
}

/** What a route contributes to the breadcrumb; null leaves it out. */
export interface RouteHandle {
  crumb?: (context: CrumbContext) => Crumb | null;
}
