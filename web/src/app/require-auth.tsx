import { Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ForcedPasswordChangePage } from '../features/account/forced-password-change.page.tsx';
import { useAuth } from './auth-context.tsx';

export function FullPageSpinner() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/**
 * Sends visitors without a session to the login page, remembering where they were going; an account with a
 * temporary password sees only the password change.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, isLoading } = useAuth();
  const location = useLocation();
  if (isLoading) return <FullPageSpinner />;
  if (!user) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  // The server answers nothing else until a temporary password is changed (403 PASSWORD_CHANGE_REQUIRED).
  if (user.mustChangePassword) return <ForcedPasswordChangePage />;
  return children;
}
