import { useId } from 'react';
import type { ContentItem } from '../../domain/content/entity';
import { searchSheets, themesOf } from '../../domain/content/search';
import { SelectField } from '../components/SelectField';
import { useUrlParams } from '../components/useUrlParams';
import { ItemLinks } from './ItemLinks';
import { useWelcomeT } from './strings';

/** The sheets, searched on the device by word and theme (offline too); the query lives in
 *  the address, so the back button returns to the same results. */
export function SheetSearch({ sheets }: { sheets: readonly ContentItem[] }) {
  const { t } = useWelcomeT();
  const [params, set] = useUrlParams();
  const query = params.get('q') ?? '';
  const theme = params.get('theme');
  const id = useId();
  const found = searchSheets(sheets, query, theme);
  return (
    <div className="sheet-search">
      <form
        role="search"
        className="sheet-search__form"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-q`}>
            {t('search.label')}
          </label>
          <p id={`${id}-hint`} className="field__hint">
            {t('search.hint')}
          </p>
          <input
            id={`${id}-q`}
            className="field__input"
            type="search"
            value={query}
            aria-describedby={`${id}-hint`}
            onChange={(event) => set('q', event.target.value)}
          />
        </div>
        <SelectField
          label={t('search.theme')}
          value={theme ?? ''}
          choices={[
            { value: '', label: t('search.allThemes') },
            ...themesOf(sheets).map((value) => ({ value, label: value })),
          ]}
          onChange={(value) => set('theme', value)}
        />
      </form>
      <p role="status" className="sheet-search__count">
        {t('search.found', { count: found.length })}
      </p>
      <ItemLinks items={found} empty="" />
    </div>
  );
}
