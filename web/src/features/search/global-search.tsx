import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { AutoComplete, Input, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchResult } from '../../../../core/search/search.schema.ts';
import { apiRequest } from '../../app/api-client.ts';
import './search.texts.ts';

const DEBOUNCE_MS = 250;
const MIN_LENGTH = 2;

/** The typed text once it has rested for a moment: one request per pause, not per keystroke. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Whether a key press is aimed at a field (then "/" is a character, not the shortcut). */
const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The header's search box (GET /api/v1/search): enterprises, hazards, inspections, accidents and document numbers
 * in the caller's scope, grouped; arrows and Enter choose a result, Escape closes, "/" anywhere focuses the box.
 */
export function GlobalSearch({ width = 320 }: { width?: number | string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const input = useRef<InputRef>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const q = useDebounced(text.trim(), DEBOUNCE_MS);
  const ready = q.length >= MIN_LENGTH;

  const result = useQuery({
    queryKey: ['search', q],
    queryFn: ({ signal }) => apiRequest<SearchResult>('/search', { query: { q }, signal }),
    enabled: ready,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingIn(event.target)) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const groups = ready && result.data?.q === q ? result.data.groups : [];
  const options = groups.map((group) => ({
    key: group.kind,
    label: (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`search.kinds.${group.kind}`)}
        {group.more && ` · ${t('search.more', { count: group.items.length })}`}
      </Typography.Text>
    ),
    options: group.items.map((item) => ({
      key: `${group.kind}:${item.id}`,
      value: item.path,
      label: (
        <div style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.4, paddingBlock: 2 }}>
          <Typography.Text ellipsis>{item.title}</Typography.Text>
          {item.detail && (
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {item.detail}
            </Typography.Text>
          )}
        </div>
      ),
    })),
  }));

  let status: string | null = null;
  if (text.trim().length > 0 && text.trim().length < MIN_LENGTH) status = t('search.tooShort');
  else if (ready && result.isError) status = t('search.failed');
  else if (ready && (result.isFetching || q !== text.trim()) && groups.length === 0) status = t('search.searching');
  else if (ready && result.data && groups.length === 0) status = t('search.none', { q });

  return (
    <AutoComplete
      value={text}
      options={options}
      open={open && text.trim().length > 0}
      onOpenChange={setOpen}
      onSearch={(value) => {
        setText(value);
        setOpen(true);
      }}
      onSelect={(path: string) => {
        setText('');
        setOpen(false);
        input.current?.blur();
        void navigate(path);
      }}
      notFoundContent={status && <Typography.Text type="secondary">{status}</Typography.Text>}
      popupMatchSelectWidth={Math.max(typeof width === 'number' ? width : 320, 360)}
      defaultActiveFirstOption
      listHeight={440}
      style={{ width }}
    >
      <Input
        ref={input}
        role="searchbox"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        title={t('search.hint')}
        prefix={<SearchOutlined style={{ color: 'rgba(0,0,0,0.45)' }} />}
        allowClear
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setOpen(false);
            input.current?.blur();
          }
        }}
        data-testid="global-search"
      />
    </AutoComplete>
  );
}
