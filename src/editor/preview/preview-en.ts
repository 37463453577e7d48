import type { PreviewText } from './preview-pl';

export const previewEn: PreviewText = {
  open: 'Preview on the map',
  bar: 'Preview of the working copy — nothing has been published',
  back: 'Back to editing',
  loading: 'Loading the map…',
  codeFailed: 'The map could not be loaded',
  codeFailedHint: 'Check the internet connection and try again.',
  retry: 'Try again',
  details: 'Details',
  unreadable: 'This working copy cannot be shown on the map yet',
  unreadableHint:
    'Fix the errors the editor shows (Poznań’s own data above all) and open the preview again.',
};
