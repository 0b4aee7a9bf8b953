// @vitest-environment happy-dom
import { Form, type FormInstance } from 'antd';
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, type Language } from '../../i18n/i18n.ts';
import { flush, render, type Rendered } from '../../test-support/render.tsx';
import { GovernancePlanFields } from './governance-plan-fields.tsx';

let form: FormInstance | undefined;
let view: Rendered | undefined;

function Harness({ required }: { required: boolean }) {
  const [instance] = Form.useForm();
  form = instance;
  return (
    <I18nextProvider i18n={i18n}>
      <Form form={instance}>
        <GovernancePlanFields required={required} />
      </Form>
    </I18nextProvider>
  );
}

/** Validates the plan and returns the messages a user sees, in the article's order. */
async function messagesFor(plan: Record<string, string>, language: Language, required = true): Promise<string[]> {
  await i18n.changeLanguage(language);
  view = await render(<Harness required={required} />);
  await act(async () => {
    form?.setFieldsValue({ governancePlan: plan });
    await form?.validateFields().catch(() => undefined);
  });
  // The message list animates in; give it a moment before reading what the user sees.
  for (let attempt = 0; attempt < 20; attempt++) {
    await flush(25);
    if (view.container.querySelector('.ant-form-item-explain-error')) break;
  }
  return [...view.container.querySelectorAll('.ant-form-item-explain-error')].map((node) => node.textContent ?? '');
}

const COMPLETE = {
  objectivesAndTasks: '消除储罐区液位计失效隐患',
  methodsAndMeasures: '更换雷达液位计',
  fundsAndMaterials: '专项资金 18 万元',
  organisationAndPersons: '设备科李明负责',
  timeLimitAndRequirements: '12 月 31 日前完成',
  safetyMeasuresAndEmergencyPlan: '降低储存量，启动专项应急预案',
};

describe('governance plan fields', () => {
  afterEach(async () => {
    await view?.unmount();
    view = undefined;
    await i18n.changeLanguage('zh-CN');
  });

  it('labels the six elements of 16号令 Art. 15 in the article’s order', async () => {
    await i18n.changeLanguage('zh-CN');
    view = await render(<Harness required />);
    const labels = [...view.container.querySelectorAll('label')].map((label) => label.textContent);
    expect(labels).toEqual([
      '1. 治理的目标和任务',
      '2. 采取的方法和措施',
      '3. 经费和物资的落实',
      '4. 负责治理的机构和人员',
      '5. 治理的时限和要求',
      '6. 安全措施和应急预案',
    ]);
  });

  it('names every missing element of a major hazard’s plan in Chinese', async () => {
    expect(await messagesFor({}, 'zh-CN')).toEqual([
      '请填写治理的目标和任务',
      '请填写采取的方法和措施',
      '请填写经费和物资的落实情况',
      '请填写负责治理的机构和人员',
      '请填写治理的时限和要求',
      '请填写安全措施和应急预案',
    ]);
  });

  it('names every missing element in English', async () => {
    expect(await messagesFor({}, 'en')).toEqual([
      'Enter the objectives and tasks',
      'Enter the methods and measures',
      'Enter how funds and materials are provided',
      'Enter the responsible organisation and persons',
      'Enter the time limit and requirements',
      'Enter the safety measures and emergency plan',
    ]);
  });

  it('counts an element of blanks as missing and names only what is missing', async () => {
    const plan = { ...COMPLETE, fundsAndMaterials: '   ', timeLimitAndRequirements: '' };
    expect(await messagesFor(plan, 'zh-CN')).toEqual(['请填写经费和物资的落实情况', '请填写治理的时限和要求']);
  });

  it('accepts a complete plan', async () => {
    expect(await messagesFor(COMPLETE, 'en')).toEqual([]);
  });

  it('lets a general hazard leave its plan empty', async () => {
    expect(await messagesFor({}, 'zh-CN', false)).toEqual([]);
  });
});
