// The router. Every route but the home page loads lazily, so the first page carries only what it shows;
// Layout wraps each page in an error boundary, and a chunk that failed to load is fetched again on retry.
import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from '../ui/router/router.tsx';
import { Layout } from './Layout.tsx';
import { HomeRoute } from './routes/home-route.tsx';
import { Loading } from '../ui/Loading.tsx';
import { retryableLazy } from './retryable-lazy.ts';

const DeckRoute = retryableLazy(() => import('./routes/deck-route.tsx'));
const StudyRoute = retryableLazy(() => import('./routes/study-route.tsx'));
const CardRoute = retryableLazy(() => import('./routes/card-route.tsx'));
const SearchRoute = retryableLazy(() => import('./routes/search-route.tsx'));
const SettingsRoute = retryableLazy(() => import('./routes/settings-route.tsx'));
const StatsRoute = retryableLazy(() => import('./routes/stats-route.tsx'));
const CramRoute = retryableLazy(() => import('./routes/cram-route.tsx'));
const TestRoute = retryableLazy(() => import('./routes/test-route.tsx'));
const InterviewRoute = retryableLazy(() => import('./routes/interview-route.tsx'));
const LabsRoute = retryableLazy(() => import('./routes/labs-route.tsx'));
const LabRoute = retryableLazy(() => import('./routes/lab-route.tsx'));
const PuzzlesRoute = retryableLazy(() => import('./routes/puzzles-route.tsx'));
const PuzzleRoute = retryableLazy(() => import('./routes/puzzle-route.tsx'));
const NotFoundRoute = retryableLazy(() => import('./routes/not-found-route.tsx'));

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomeRoute />} />
          <Route
            path="decks/:deckId"
            element={
              <Lazy>
                <DeckRoute />
              </Lazy>
            }
          />
          <Route
            path="decks/:deckId/study"
            element={
              <Lazy>
                <StudyRoute />
              </Lazy>
            }
          />
          <Route
            path="study"
            element={
              <Lazy>
                <StudyRoute />
              </Lazy>
            }
          />
          <Route
            path="cards/:cardId"
            element={
              <Lazy>
                <CardRoute />
              </Lazy>
            }
          />
          <Route
            path="search"
            element={
              <Lazy>
                <SearchRoute />
              </Lazy>
            }
          />
          <Route
            path="settings"
            element={
              <Lazy>
                <SettingsRoute />
              </Lazy>
            }
          />
          <Route
            path="stats"
            element={
              <Lazy>
                <StatsRoute />
              </Lazy>
            }
          />
          <Route
            path="cram"
            element={
              <Lazy>
                <CramRoute />
              </Lazy>
            }
          />
          <Route
            path="test"
            element={
              <Lazy>
                <TestRoute />
              </Lazy>
            }
          />
          <Route
            path="interview"
            element={
              <Lazy>
                <InterviewRoute />
              </Lazy>
            }
          />
          <Route
            path="labs"
            element={
              <Lazy>
                <LabsRoute />
              </Lazy>
            }
          />
          <Route
            path="labs/:labId"
            element={
              <Lazy>
                <LabRoute />
              </Lazy>
            }
          />
          <Route
            path="puzzles"
            element={
              <Lazy>
                <PuzzlesRoute />
              </Lazy>
            }
          />
          <Route
            path="puzzles/:puzzleId"
            element={
              <Lazy>
                <PuzzleRoute />
              </Lazy>
            }
          />
          <Route
            path="*"
            element={
              <Lazy>
                <NotFoundRoute />
              </Lazy>
            }
          />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

function Lazy({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}
