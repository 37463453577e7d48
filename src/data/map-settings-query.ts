import { queryOptions } from '@tanstack/react-query';
import { mapSettingsRequest, SETTINGS_FILE } from './map-settings';

/** The map settings as the page's queries read them: the first frame's request, taken over. */
export const mapSettingsQueryOptions = queryOptions({
  queryKey: ['map-settings', SETTINGS_FILE],
  queryFn: mapSettingsRequest.queryFn,
  staleTime: Infinity,
  networkMode: 'always',
  retry: false,
});
