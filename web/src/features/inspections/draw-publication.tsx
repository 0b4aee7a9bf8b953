import { CheckCircleOutlined, ClockCircleOutlined, NotificationOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tag, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { mayPublishDraw } from '../../../../core/inspections/draw-publication.ts';
import type { SessionUser } from '../../app/session.types.ts';
import type { Draw } from './inspection.types.ts';
import { usePublishDraw } from './use-inspections.query.ts';
import './inspections.texts.ts';
import { apiErrorText } from '../../app/api-error-text.ts';

/** 一公开: published draws are public; unpublished ones are seen by their department and those above it only. */
export function DrawPublicationTag({ draw }: { draw: Pick<Draw, 'publishedAt'> }) {
  const { t } = useTranslation();
  return draw.publishedAt ? (
    <Tag color="success" icon={<CheckCircleOutlined />} data-testid="draw-published">{t('inspections.draws.published')}</Tag>
  ) : (
    <Tag color="warning" icon={<ClockCircleOutlined />} data-testid="draw-unpublished">{t('inspections.draws.unpublished')}</Tag>
  );
}

/** The drawing department publishes its draw, after confirming; offered to nobody else (core `mayPublishDraw`). */
export function DrawPublishButton({ draw, user, onPublished }: { draw: Draw; user: SessionUser; onPublished: (draw: Draw) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const publish = usePublishDraw();
  if (draw.publishedAt || !mayPublishDraw(user, draw)) return null;
  const confirm = async () => {
    try {
      const published = await publish.mutateAsync(draw.id);
      void message.success(t('inspections.draws.publishDone'));
      onPublished(published);
    } catch (error) {
      void message.error(apiErrorText(t, error));
    }
  };
  return (
    <Popconfirm
      title={t('inspections.draws.publishConfirm')}
      description={t('inspections.draws.publishWarning')}
      okText={t('inspections.draws.publish')}
      okButtonProps={{ 'data-testid': 'publish-draw-confirm' } as ButtonProps}
      onConfirm={confirm}
    >
      <Button icon={<NotificationOutlined />} loading={publish.isPending} data-testid="publish-draw">{t('inspections.draws.publish')}</Button>
    </Popconfirm>
  );
}
