import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBeforeUnload, useBlocker } from 'react-router';

/**
 * Asks before leaving a form with unsaved changes, both for in-app navigation and for closing the
 * tab. `isDirty` is read at the moment of leaving, so a successful save can clear it first.
 */
export function useUnsavedChangesGuard(isDirty: () => boolean): void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && isDirty(),
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const dialog = modal.confirm({
      title: t('common.unsavedTitle'),
      content: t('common.unsavedContent'),
      okText: t('common.leave'),
      okButtonProps: { danger: true },
      cancelText: t('common.stay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
    return () => dialog.destroy();
  }, [blocker, modal, t]);

  useBeforeUnload((event) => {
    if (!isDirty()) return;
    event.preventDefault();
  });
}
