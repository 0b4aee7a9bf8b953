import { useTranslation } from 'react-i18next';
import { homePathFor } from './app-menu.ts';
import { useAuth } from './auth-context.tsx';
import { LinkButton } from './link-button.tsx';

export function HomeButton() {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <LinkButton type="primary" to={user ? homePathFor(user) : '/'}>
      {t('status.backHome')}
    </LinkButton>
  );
}
