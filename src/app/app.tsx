import { useDeferredValue, useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { cooperationQueryOptions } from '../data/cooperation-query';
import { DataLoadError } from '../data/load-error';
import { LanguageSwitch } from '../features/language/language-switch';
import { ShareButton } from '../features/share/share-button';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { DataNotice } from '../ui/data-notice';
import { ErrorState } from '../ui/error-state';
import { LoadingState } from '../ui/loading-state';
import { RegionBoundary } from '../ui/region-boundary';
import { CooperationView, type ViewProps } from './cooperation-view';
import { fullPageUrl } from './embed';
import { usePostHeight } from './embed-height';
import { useViewState } from './use-view-state';
import type { ViewStore } from './view-store';
import { setLanguage, showList } from './view-actions';

/** The map's page; its view is kept in the page's address unless `viewStore` keeps it. */
export function App({ viewStore }: { viewStore?: ViewStore }) {
  const [view, setView] = useViewState(viewStore);
  return (
    <I18nProvider language={view.language}>
      <RegionBoundary region="page">
        <AppShell view={view} setView={setView} />
      </RegionBoundary>
    </I18nProvider>
  );
}

function AppShell({ view, setView }: ViewProps) {
  const { t, language } = useI18n();
  const { embedded } = view;
  usePostHeight(embedded);
  const [listFocusRequest, setListFocusRequest] = useState(0);
  // The skip link leads to the list, which exists only once the data has loaded.
  const listReady = useQuery(cooperationQueryOptions).isSuccess;
  useEffect(
    function followLanguage() {
      document.documentElement.lang = language;
    },
    [language],
  );
  return (
    <div className="app" data-embed={embedded}>
      {listReady && (
        <a
          className="skip-link"
          href="#city-list"
          onClick={(event) => {
            event.preventDefault();
            // The list shows (on phones, in the expanded sheet; on wide screens, in place of a
            // city's panel) and takes focus.
            setView(showList);
            setListFocusRequest((n) => n + 1);
          }}
        >
          {t.app.skipToList}
        </a>
      )}
      {embedded ? (
        <EmbedBar />
      ) : (
        <header className="app-header">
          <div className="app-header__titles">
            <h1>{t.app.title}</h1>
            <p className="app-header__subtitle">{t.app.subtitle}</p>
          </div>
          <div className="app-header__actions">
            <ShareButton />
            <LanguageSwitch onChange={(next) => setView(setLanguage(next))} />
          </div>
        </header>
      )}
      <main className="app-main">
        <CooperationData view={view} setView={setView} listFocusRequest={listFocusRequest} />
      </main>
    </div>
  );
}

/**
 * The embedded map's only chrome: its title for assistive technology, a way out to the full
 * map in a new tab, and the share dialog.
 */
function EmbedBar() {
  const { t } = useI18n();
  return (
    <header className="embed-bar">
      <h1 className="visually-hidden">{t.app.title}</h1>
      <a href={fullPageUrl()} target="_blank" rel="noopener">
        {t.embed.openFull} <span className="visually-hidden">{t.embed.newTab}</span>
        <span aria-hidden="true">↗</span>
      </a>
      <ShareButton />
    </header>
  );
}

/** Renders each state of the data explicitly: loading, failed (with retry), ready. */
function CooperationData({
  view,
  setView,
  listFocusRequest,
}: ViewProps & { listFocusRequest: number }) {
  const { t } = useI18n();
  const query = useQuery(cooperationQueryOptions);
  // The query's update is urgent (a blocking render); the map and list it brings are drawn in
  // a deferred render instead, which React splits into short tasks and the browser can
  // interrupt, so the page stays responsive while they are built.
  const loaded = useDeferredValue(query.data);
  if (query.isError) {
    const error = query.error;
    return (
      <ErrorState
        title={t.app.loadError}
        hint={t.app.loadErrorHint[error instanceof DataLoadError ? error.kind : 'network']}
        retryLabel={t.app.retry}
        detailsLabel={t.app.errorDetails}
        details={[error.message, ...(error instanceof DataLoadError ? error.details : [])]}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (!loaded) return <LoadingState message={t.app.loading} />;
  const { data, skipped, problems, wrongEncoding } = loaded;
  return (
    <>
      <DataNotice skipped={skipped} problems={problems.length} wrongEncoding={wrongEncoding} />
      <CooperationView
        data={data}
        view={view}
        setView={setView}
        listFocusRequest={listFocusRequest}
      />
    </>
  );
}
