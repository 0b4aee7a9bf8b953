import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../../app/auth-context.tsx';
import { BrandLogo } from '../../app/brand-logo.tsx';
import { LanguageSwitch } from '../../app/language-switch.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';

/**
 * Shown instead of every screen while the account signs in with a temporary password: the server answers
 * nothing else (403 PASSWORD_CHANGE_REQUIRED) until the password is changed or the user signs out.
 */
export function ForcedPasswordChangePage() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const navigate = useNavigate();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}>
      <Card style={{ width: 560, maxWidth: '100%' }} data-testid="forced-password-change">
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <BrandLogo tone="dark" />
          <LanguageSwitch tone="dark" />
        </Flex>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('account.password.forcedTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('account.password.forcedText')}</Typography.Paragraph>
        <ChangePasswordForm forced />
        <Button type="link" style={{ paddingInline: 0, marginTop: 12 }} onClick={() => void logout().then(() => navigate('/login', { replace: true }))}>
          {t('auth.logout')}
        </Button>
      </Card>
    </Flex>
  );
}
