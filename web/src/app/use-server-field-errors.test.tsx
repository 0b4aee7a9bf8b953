// @vitest-environment happy-dom
import { App, Button, Form, Input } from 'antd';
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { flush, render, type Rendered } from '../test-support/render.tsx';
import { ApiError } from './api-client.ts';
import { SubmitErrorAlert } from './submit-error-alert.tsx';
import { fieldForSegments, pathSegments, useServerFieldErrors, type FieldName } from './use-server-field-errors.ts';

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});
beforeAll(async () => {
  await i18n.changeLanguage('zh-CN');
});

describe('server field errors: paths to fields', () => {
  it('reads indexes as numbers and finds the longest registered field a path starts with', () => {
    expect(pathSegments('body.findings.0.photoIds.2')).toEqual(['findings', 0, 'photoIds', 2]);
    const registered: FieldName[] = [['findings'], ['findings', 0, 'photos'], ['findings', 0, 'standard'], ['place']];
    expect(fieldForSegments(['findings', 0, 'photos', 2], registered)).toEqual(['findings', 0, 'photos']);
    expect(fieldForSegments(['findings', 1, 'checkItem'], registered)).toEqual(['findings']);
    expect(fieldForSegments(['summary'], registered)).toBeUndefined();
  });
});

/** A form of the shape the inspection forms have: a field, a list with its own errors, a renamed field. */
function Probe({ error }: { error: unknown }) {
  const [form] = Form.useForm();
  const failure = useServerFieldErrors(form, { rename: (s) => (s[0] === 'drawId' ? ['enterpriseId'] : undefined) });
  return (
    <Form form={form} initialValues={{ participants: [{ name: '王' }] }} onFinish={() => failure.report(error)}>
      <Form.Item name="enterpriseId" data-testid="enterprise"><Input /></Form.Item>
      <Form.Item name="place" data-testid="place"><Input /></Form.Item>
      <Form.List name="participants">
        {(fields, _ops, { errors }) => (
          <div data-testid="participants">
            {fields.map((f) => (
              <Form.Item key={f.key} name={[f.name, 'name']} data-testid={`participant-${f.name}`}><Input /></Form.Item>
            ))}
            <Form.ErrorList errors={errors} />
          </div>
        )}
      </Form.List>
      <SubmitErrorAlert state={failure.state} />
      <Button htmlType="submit" data-testid="save">save</Button>
    </Form>
  );
}

const hasError = (el: Element | null) => Boolean(el?.closest('.ant-form-item')?.classList.contains('ant-form-item-has-error'));

describe('useServerFieldErrors', () => {
  it('turns the named fields red with their messages, the list shows its own, and the rest is in the alert', async () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Request validation failed', [
      { path: 'place', message: 'is required', reason: 'required' },
      { path: 'drawId', message: 'is not a draw of your department that drew this enterprise' },
      { path: 'participants', message: 'must name at least 2 enforcement officers' },
      { path: 'participants.0.name', message: 'must be at most 50 characters long' },
      { path: 'planId', message: 'is not a plan of your department' },
    ]);
    view = await render(<I18nextProvider i18n={i18n}><App><Probe error={error} /></App></I18nextProvider>);
    const { container } = view;
    await act(async () => (container.querySelector('[data-testid=save]') as HTMLButtonElement).click());
    for (let i = 0; i < 20 && !container.querySelector('[data-testid=submit-error]'); i++) await flush(25);
    expect(hasError(container.querySelector('[data-testid=place] input'))).toBe(true);
    expect(hasError(container.querySelector('[data-testid=enterprise] input'))).toBe(true);
    expect(hasError(container.querySelector('[data-testid=participant-0] input'))).toBe(true);
    expect(container.querySelector('[data-testid=place]')?.closest('.ant-form-item')?.textContent).toContain('必填');
    expect(container.querySelector('[data-testid=participants]')?.textContent).toContain('至少填写 2 名执法人员');
    const alert = container.querySelector('[data-testid=submit-error]')?.textContent ?? '';
    expect(alert).toContain('提交的数据有误，请检查标红的字段');
    // A problem the server words only itself: named by its field, in the screen's language.
    expect(alert).toContain('planId: 填写的内容不符合要求');
  }, 20_000);

  it('says what went wrong when nothing can be marked (a conflict, the network)', async () => {
    view = await render(<I18nextProvider i18n={i18n}><App><Probe error={new ApiError(409, 'CONFLICT', 'already issued')} /></App></I18nextProvider>);
    const { container } = view;
    await act(async () => (container.querySelector('[data-testid=save]') as HTMLButtonElement).click());
    for (let i = 0; i < 20 && !container.querySelector('[data-testid=submit-error]'); i++) await flush(25);
    const alert = container.querySelector('[data-testid=submit-error]')?.textContent ?? '';
    expect(alert).toContain('保存失败');
    expect(alert).toContain('数据与现有记录冲突');
    // The server's English words are for logs and API clients, not for this screen.
    expect(alert).not.toContain('already issued');
    expect(alert).not.toContain('标红');
    expect(container.querySelector('.ant-form-item-has-error')).toBeNull();
  });
});
