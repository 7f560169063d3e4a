import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** A screen's filters kept in its address (the back button, a reload and a shared link keep
 *  them): the current parameters, and a setter that drops a parameter set to ''. */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (key: string, value: string) => {
      const next = new URLSearchParams(params);
      if (value) next.set(key, value);
      else next.delete(key);
      setParams(next, { replace: true });
    },
    [params, setParams],
  );
  return [params, set] as const;
}
