import type { ContentTarget } from '../../domain/content/entity';
import { EmploymentStatus, Service, type Circonscription } from '../../domain/organisation';
import { CheckboxGroup } from '../components/CheckboxGroup';
import { useWelcomeT } from './strings';

interface Props {
  value: ContentTarget;
  onChange: (target: ContentTarget) => void;
  circonscriptions: readonly Circonscription[];
  jobs: readonly string[];
  errorOf: (field: string) => string | undefined;
}

/** Who an item is for: four groups of boxes, none ticked meaning everyone (the domain's
 *  isFor reads them the same way). */
export function TargetFields({ value, onChange, circonscriptions, jobs, errorOf }: Props) {
  const { t } = useWelcomeT();
  const set = (part: Partial<ContentTarget>) => onChange({ ...value, ...part });
  return (
    <fieldset className="target-fields">
      <legend>{t('editor.target')}</legend>
      <p className="field__hint">{t('editor.targetHint')}</p>
      <CheckboxGroup
        legend={t('editor.services')}
        options={Service.options.map((service) => ({
          value: service,
          label: t(`editor.serviceNames.${service}`),
        }))}
        selected={value.services}
        onChange={(services) => set({ services: services as ContentTarget['services'] })}
        error={errorOf('target.services')}
        empty={t('editor.noChoice')}
      />
      <CheckboxGroup
        legend={t('editor.statuses')}
        options={EmploymentStatus.options.map((status) => ({
          value: status,
          label: t(`editor.statusNames.${status}`),
        }))}
        selected={value.statuses}
        onChange={(statuses) => set({ statuses: statuses as ContentTarget['statuses'] })}
        error={errorOf('target.statuses')}
        empty={t('editor.noChoice')}
      />
      <CheckboxGroup
        legend={t('editor.circonscriptions')}
        options={circonscriptions.map(({ id, name }) => ({ value: id, label: name }))}
        selected={value.circonscriptionIds}
        onChange={(circonscriptionIds) => set({ circonscriptionIds })}
        error={errorOf('target.circonscriptionIds')}
        empty={t('editor.noChoice')}
      />
      <CheckboxGroup
        legend={t('editor.jobs')}
        options={jobs.map((job) => ({ value: job, label: job }))}
        selected={value.jobs}
        onChange={(selected) => set({ jobs: selected })}
        error={errorOf('target.jobs')}
        empty={t('editor.noChoice')}
      />
    </fieldset>
  );
}
