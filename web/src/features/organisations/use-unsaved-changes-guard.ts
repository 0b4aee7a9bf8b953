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
  // Signing out (or a session that ended) goes to /login whatever the form holds: the session is already gone, so
  // "stay" could not keep the work, and a dialog would only leave the user on a page that no longer answers.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname && nextLocation.pathname !== '/login' && isDirty(),
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
