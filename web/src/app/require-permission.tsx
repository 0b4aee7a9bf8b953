import type { ReactElement, ReactNode } from 'react';
import { Navigate } from 'react-router';
import { homePathFor } from './app-menu.ts';
import { useSessionUser } from './auth-context.tsx';
import { lazyPage, lazyScreen } from './lazy-page.tsx';
import { can, type Permission } from './permissions.ts';

// The 403 page is fetched when first refused (antd's Result stays off the first page).
const forbiddenPage = lazyPage(() => import('./forbidden.page.tsx'), 'ForbiddenPage');
const forbiddenScreen = lazyScreen(() => import('./forbidden.page.tsx'), 'ForbiddenScreen');

interface RequirePermissionProps {
  permission: Permission;
  children: ReactNode;
  /**
   * What a role without the permission gets: the app's 403 page (default); the same in the app's layout for a
   * full-screen route (`screen`); or its home page (`home`), for the addresses that are someone's home.
   */
  otherwise?: 'forbidden' | 'screen' | 'home';
}

/** A route element offered to the roles holding `permission` (core/auth/permissions.ts); the others see 403. */
export function RequirePermission({ permission, children, otherwise = 'forbidden' }: RequirePermissionProps): ReactNode {
  const user = useSessionUser();
  if (can(user, permission)) return children;
  if (otherwise === 'home') return <Navigate to={homePathFor(user)} replace />;
  return otherwise === 'screen' ? forbiddenScreen : forbiddenPage;
}

/** `element`, offered to the roles holding `permission` (router.tsx wraps every page in this). */
export const guard = (permission: Permission, element: ReactElement, otherwise?: RequirePermissionProps['otherwise']): ReactElement => (
  <RequirePermission permission={permission} otherwise={otherwise}>
    {element}
  </RequirePermission>
);
