import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { homePathFor } from './app-menu.ts';
import { useAuth } from './auth-context.tsx';

export function HomeButton() {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <Link to={user ? homePathFor(user) : '/'}>
      <Button type="primary">{t('status.backHome')}</Button>
    </Link>
  );
}
