import { ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './sensor-admin.texts.ts';
import type { CreatedDeviceKey } from './use-sensor-admin.queries.ts';

interface DeviceKeyCreatedModalProps {
  created: CreatedDeviceKey | null;
  onDone: () => void;
}

/**
 * The one time a device key is shown (the server keeps only its hash): a copy button and a warning that it cannot
 * be shown again. It closes only by the button saying the key was saved, not by a stray click beside it.
 */
export function DeviceKeyCreatedModal({ created, onDone }: DeviceKeyCreatedModalProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin): the key stays selectable in the field.
    }
  };
  const done = () => {
    setCopied(false);
    onDone();
  };
  return (
    <Modal
      open={created !== null}
      title={t('sensorAdmin.keys.createdTitle')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      width={620}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={done} data-action="key-saved">
          {t('sensorAdmin.keys.done')}
        </Button>
      }
    >
      {created && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Alert type="warning" showIcon icon={<ExclamationCircleFilled />} title={t('sensorAdmin.keys.onceWarning')} description={t('sensorAdmin.keys.onceWarningText')} />
          <Typography.Text strong>{t('sensorAdmin.keys.keyLabel', { name: created.name })}</Typography.Text>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              readOnly
              value={created.key}
              data-testid="device-key"
              onFocus={(e) => e.currentTarget.select()}
              style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
            />
            <Button type={copied ? 'default' : 'primary'} onClick={() => void copy()} data-action="copy-key">
              {copied ? t('sensorAdmin.keys.copied') : t('sensorAdmin.keys.copy')}
            </Button>
          </Space.Compact>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('sensorAdmin.keys.intro')}
          </Typography.Text>
        </Space>
      )}
    </Modal>
  );
}
