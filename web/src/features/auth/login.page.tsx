import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../app/api-client.ts';
import { homePathFor } from '../../app/app-menu.ts';
import { useAuth, type Credentials } from '../../app/auth-context.tsx';
import { BrandLogo } from '../../app/brand-logo.tsx';
import { LanguageSwitch } from '../../app/language-switch.tsx';
import styles from './login.page.module.css';

type LoginError = 'badCredentials' | 'rateLimited' | 'network' | 'generic';

function classify(error: unknown): LoginError {
  if (isApiError(error, 'UNAUTHENTICATED')) return 'badCredentials';
  if (isApiError(error, 'RATE_LIMITED')) return 'rateLimited';
  if (isApiError(error, 'NETWORK')) return 'network';
  return 'generic';
}

function fromState(state: unknown): string | null {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : null;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { user, login, expired } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<LoginError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    document.title = `${t('auth.title')} - ${t('app.name')}`;
  }, [t]);

  if (user && !submitting) return <Navigate to={homePathFor(user)} replace />;

  const onFinish = async (credentials: Credentials) => {
    setSubmitting(true);
    setError(null);
    try {
      const signedIn = await login(credentials);
      await navigate(fromState(location.state) ?? homePathFor(signedIn), { replace: true });
      // `submitting` stays true on success: the next page may still be loading its code while this one shows,
      // and clearing it would send the user home (above) instead of where they were going.
    } catch (cause) {
      setError(classify(cause));
      setSubmitting(false);
    }
  };

  const errorText =
    error === 'badCredentials'
      ? t('auth.errors.badCredentials')
      : error === 'rateLimited'
        ? t('auth.errors.rateLimited')
        : error === 'network'
          ? t('errors.NETWORK')
          : error === 'generic'
            ? t('auth.errors.generic')
            : null;

  return (
    <div className={styles.page}>
      <div className={styles.topBar}>
        <LanguageSwitch />
      </div>
      <div className={styles.brand}>
        <BrandLogo size="large" />
        <div className={styles.tagline}>{t('app.tagline')}</div>
      </div>
      {/* A plain panel, not antd's Card: Card brings Tabs, which the first page need not download. */}
      <div className={styles.card}>
        <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 24 }}>
          {t('auth.title')}
        </Typography.Title>
        {expired && !errorText && (
          <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 20 }} />
        )}
        {errorText && (
          <Alert type="error" showIcon title={errorText} role="alert" style={{ marginBottom: 20 }} />
        )}
        <Form<Credentials> name="login" layout="vertical" size="large" requiredMark={false} onFinish={onFinish}>
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus placeholder={t('auth.username')} />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              placeholder={t('auth.password')}
            />
          </Form.Item>
          <Form.Item style={{ marginBottom: 12 }}>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              {t('auth.submit')}
            </Button>
          </Form.Item>
        </Form>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('auth.hint')}
        </Typography.Text>
      </div>
      <div className={styles.footer}>{t('app.footer')}</div>
    </div>
  );
}
