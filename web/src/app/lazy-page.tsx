import { WarningOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton, Typography } from 'antd';
import { Component, lazy, Suspense, type ComponentType, type ErrorInfo, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FullPageSpinner } from './require-auth.tsx';

/** A route's code could not be fetched: typically a new release replaced the hashed files the page knows. */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(`a page's code could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'ChunkLoadError';
  }
}

/** The skeleton a page shows while its code arrives (inside the app's layout, under the header and menu). */
export function PageSkeleton() {
  return (
    <div aria-busy="true" data-testid="page-loading" style={{ padding: 24, borderRadius: 8, background: '#fff' }}>
      <Skeleton active paragraph={{ rows: 8 }} />
    </div>
  );
}

// Not antd's Result: its illustrations would weigh on every first page, and this must render without a chunk.
function ChunkFailed() {
  const { t } = useTranslation();
  return (
    <Flex role="alert" vertical align="center" gap={12} style={{ padding: '48px 24px', textAlign: 'center' }}>
      <WarningOutlined style={{ fontSize: 56, color: '#faad14' }} />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('app.chunkFailedTitle')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('app.chunkFailedText')}</Typography.Text>
      <Button type="primary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </Button>
    </Flex>
  );
}

/**
 * Catches a page whose code failed to load and offers a reload (which fetches the new release's index.html).
 * Any other error is thrown on to the router's error handling, as before pages were split.
 */
export class ChunkErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    if (error instanceof ChunkLoadError) console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (error instanceof ChunkLoadError) return <ChunkFailed />;
    throw error;
  }
}

let lazyPages = 0;

/** A module exporting the component under `K`. */
type ModuleWith<K extends string, P = object> = Record<K, ComponentType<P>>;

/**
 * A route element whose page is fetched on first navigation (its own chunk), showing `fallback` meanwhile.
 * Call at module level: each call makes one React.lazy component.
 */
export function lazyPage<K extends string>(
  load: () => Promise<ModuleWith<K>>,
  name: K,
  fallback: ReactNode = <PageSkeleton />,
): ReactElement {
  const Page = lazy(async (): Promise<{ default: ComponentType }> => {
    try {
      return { default: (await load())[name] };
    } catch (error) {
      throw new ChunkLoadError(error);
    }
  });
  // The key makes each page's boundaries its own: React would otherwise reuse the previous route's (same
  // place, same types), keep that page on screen during the router's transition instead of the skeleton, and
  // carry a load failure over to the next page.
  return (
    <ChunkErrorBoundary key={`lazy-${++lazyPages}`}>
      <Suspense fallback={fallback}>
        <Page />
      </Suspense>
    </ChunkErrorBoundary>
  );
}

/** A full-screen lazy element (the signed-in layout, the cockpit): a centred spinner while it loads. */
export function lazyScreen<K extends string>(load: () => Promise<ModuleWith<K>>, name: K): ReactElement {
  return lazyPage(load, name, <FullPageSpinner />);
}

/**
 * A breadcrumb title component (the record's name) fetched with its feature's code rather than with the
 * first page; shows "…" until then, and keeps "…" if its code cannot be loaded (the page says why).
 */
export function lazyCrumb<K extends string>(load: () => Promise<ModuleWith<K, { id: string }>>, name: K): ComponentType<{ id: string }> {
  const Crumb = lazy(
    (): Promise<{ default: ComponentType<{ id: string }> }> =>
      load().then(
        (module) => ({ default: module[name] }),
        () => ({ default: () => '…' }),
      ),
  );
  return function LazyCrumb({ id }: { id: string }) {
    return (
      <Suspense fallback="…">
        <Crumb id={id} />
      </Suspense>
    );
  };
}
