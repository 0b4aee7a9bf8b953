import { Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageContainerProps {
  title: ReactNode;
  /** Plain text for the browser tab when `title` is not a string. */
  documentTitle?: string;
  subtitle?: ReactNode;
  tags?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}

export function PageContainer({ title, documentTitle, subtitle, tags, extra, children }: PageContainerProps) {
  const { t } = useTranslation();
  const tabTitle = documentTitle ?? (typeof title === 'string' ? title : undefined);
  useEffect(() => {
    document.title = tabTitle ? `${tabTitle} - ${t('app.name')}` : t('app.name');
  }, [tabTitle, t]);

  return (
    <section>
      <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
        <div style={{ minWidth: 0 }}>
          <Flex align="center" gap={12} wrap>
            <Typography.Title level={3} style={{ margin: 0, fontSize: 22 }}>
              {title}
            </Typography.Title>
            {tags}
          </Flex>
          {subtitle && (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
              {subtitle}
            </Typography.Text>
          )}
        </div>
        {extra && <Flex gap={8} wrap>{extra}</Flex>}
      </Flex>
      <Flex vertical gap={16}>
        {children}
      </Flex>
    </section>
  );
}
