import { Alert, Button, Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import './sharing.texts.ts';

interface SecretRevealModalProps {
  title: string;
  /** How the other side uses the secret. */
  help: string;
  secret: string;
  /** A partner client's id, shown beside its secret. */
  clientId?: string;
  onClose: () => void;
}

/**
 * A secret the server returns once (a webhook's signing secret, a partner's bearer secret): shown with a copy
 * button and a warning, and closed only by saying it was saved — not by a stray click beside the dialog.
 */
export function SecretRevealModal({ title, help, secret, clientId, onClose }: SecretRevealModalProps) {
  const { t } = useTranslation();
  const copyable = { tooltips: [t('sharing.secret.copy'), t('sharing.secret.copied')] as [string, string] };
  return (
    <Modal
      open
      title={title}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      width={640}
      footer={
        <Button type="primary" onClick={onClose} data-testid="secret-saved">
          {t('sharing.secret.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('sharing.secret.warning')} style={{ marginBottom: 16 }} />
      <Descriptions column={1} bordered size="small">
        {clientId && (
          <Descriptions.Item label={t('sharing.secret.clientId')}>
            <Typography.Text code copyable={copyable}>
              {clientId}
            </Typography.Text>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('sharing.secret.secret')}>
          <Typography.Text code copyable={copyable} data-testid="revealed-secret" style={{ wordBreak: 'break-all' }}>
            {secret}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {help}
      </Typography.Paragraph>
    </Modal>
  );
}
