import { useCallback, useId } from 'react';
import { lazyCode } from '../../lib/lazy-code';
import { LoadFailed } from '../../ui/load-failed';
import { LoadingState } from '../../ui/loading-state';
import { getAt } from '../working-copy/json-path';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { validPoint, type Point } from './picked-point';
import { useFormsText } from './use-forms-text';

// Leaflet stays out of the editor's first bundle: most edits never open a city.
const mapCode = lazyCode('The coordinate picker', () =>
  import('./picker-map').then((module) => module.PickerMap),
);

interface CoordinatePickerProps {
  /** The city's index in the draft's `cities`. */
  readonly index: number;
  readonly kind: 'partner' | 'informal';
}

/**
 * A small map under the typed coordinates: a click sets lat and lng as typing would, so the
 * validator checks them the same way. The fields stay the way to enter them exactly.
 */
export function CoordinatePicker({ index, kind }: CoordinatePickerProps) {
  const { f } = useFormsText();
  const { draft, dispatch } = useWorkingCopy();
  const labelId = useId();
  const code = mapCode.useCode();
  const path = ['cities', index] as const;
  const point = validPoint(getAt(draft, [...path, 'lat']), getAt(draft, [...path, 'lng']));
  const hub = validPoint(getAt(draft, ['hub', 'lat']), getAt(draft, ['hub', 'lng']));
  const pick = useCallback(
    ({ lat, lng }: Point) => {
      dispatch({ type: 'set', path: ['cities', index, 'lat'], value: lat });
      dispatch({ type: 'set', path: ['cities', index, 'lng'], value: lng });
    },
    [dispatch, index],
  );
  return (
    <div className="coordinate-picker">
      <p className="coordinate-picker__label" id={labelId}>
        {f.city.picker.label}
      </p>
      {code.state === 'loading' && <LoadingState message={f.city.picker.loading} />}
      {code.state === 'failed' && (
        <LoadFailed message={f.city.picker.failed} onRetry={code.retry} />
      )}
      {code.state === 'ready' && (
        <code.code
          point={point}
          kind={kind}
          hub={hub}
          labelId={labelId}
          pointTitle={f.city.picker.marker}
          outlinesFailed={f.city.picker.outlinesFailed}
          zoomIn={f.city.picker.zoomIn}
          zoomOut={f.city.picker.zoomOut}
          onPick={pick}
        />
      )}
    </div>
  );
}
