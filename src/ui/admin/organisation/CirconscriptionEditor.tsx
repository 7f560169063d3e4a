import { useEffect, useId, useRef } from 'react';
import type { Circonscription } from '../../../domain/organisation';
import { CirconscriptionForm } from './CirconscriptionForm';
import { CloseControl } from './CloseControl';
import { useOrganisationT } from './strings';
import type { OrganisationData } from './useOrganisationData';

interface Props {
  circonscription: Circonscription;
  data: OrganisationData;
  onClose: () => void;
}

/** The panel a row's "Edit" opens under its territory's table: the form, closing or
 *  reopening, and a button that folds it away. Focus goes to its heading when it opens. */
export function CirconscriptionEditor({ circonscription, data, onClose }: Props) {
  const { t } = useOrganisationT();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const { name } = circonscription;
  return (
    <section aria-labelledby={headingId} className="organisation-edit">
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        {t('circonscriptions.editTitle', { name })}
      </h4>
      <CirconscriptionForm
        circonscription={circonscription}
        territories={data.territories}
        agents={data.agents}
      />
      <CloseControl
        command="circonscription.update"
        target={{ circonscriptionId: circonscription.id }}
        closed={circonscription.closed === true}
        words={{
          close: t('circonscriptions.close'),
          question: t('circonscriptions.closeConfirm', { name }),
          closed: t('circonscriptions.closed', { name }),
          reopen: t('circonscriptions.reopen'),
          reopened: t('circonscriptions.reopened', { name }),
        }}
      />
      <p>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('circonscriptions.back')}
        </button>
      </p>
    </section>
  );
}
